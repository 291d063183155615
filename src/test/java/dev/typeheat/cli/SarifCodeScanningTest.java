package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.SarifMultitool;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF typeheat writes passes what GitHub code scanning enforces: Microsoft's SARIF Multitool with
 * {@code --rule-kind "Gh;Sarif"} reports no error and no warning, on the project's corpus (the chains
 * crate's real compiler output, with its source root; the blog crate's, with its box plan as fixes) and on the shared warp server's output given by
 * relative and absolute paths. The whole warp folder (a 5.5 GB profile) is checked by hand: see README.
 */
class SarifCodeScanningTest {
    @TempDir
    Path tmp;

    private Path lint(String name, String... args) {
        Path out = tmp.resolve(name + ".sarif");
        List<String> all = new ArrayList<>(List.of("lint", "--format", "sarif", "-o", out.toString()));
        all.addAll(List.of(args));
        CliRun.Result r = CliRun.run(all.toArray(new String[0]));
        assertEquals(ExitCode.FINDINGS, r.code(), name + ": " + r.err());
        return out;
    }

    @Test
    void multitoolFindsNothingToComplainAbout() throws Exception {
        Path tool = SarifMultitool.require();
        List<Path> files = new ArrayList<>();
        files.add(lint("chains", "--source-root", TestCorpus.project("crates/chains").toString(),
                TestCorpus.project("generated/chains").toString()));
        files.add(lint("blog-fixes", "--src", TestCorpus.project("crates/blog").toString(),
                TestCorpus.project("generated/blog/blog-type-sizes.txt.gz").toString()));
        files.add(lint("seed", TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString(),
                TestCorpus.project("lint/bloated-generic/positive.long-type-1.txt").toString()));
        files.add(lint("unplaced", "--max-ir-lines", "2000",
                TestCorpus.project("llvm-lines/llvm-lines-iter_app-release.txt").toString()));
        Path shared = Path.of(System.getProperty("typeheat.sharedCorpus", "../shared/corpus"));
        if (java.nio.file.Files.isDirectory(shared.resolve("warp-app"))) {
            Path warp = shared.resolve("warp-app");
            files.add(lint("warp-relative", relative(warp.resolve("long-types")), relative(warp.resolve("error-broken-copy.txt")),
                    relative(warp.resolve("llvm-lines-warp_app-release.txt.gz")), relative(warp.resolve("mono-stats"))));
            files.add(lint("warp-absolute", warp.resolve("long-types").toAbsolutePath().toString(),
                    warp.resolve("error-broken-copy.txt").toAbsolutePath().toString(),
                    warp.resolve("llvm-lines-warp_app-release.txt.gz").toAbsolutePath().toString(),
                    warp.resolve("mono-stats").toAbsolutePath().toString()));
        } else {
            System.out.println("SKIPPED (part): shared corpus not found at " + shared.toAbsolutePath()
                    + ": SARIF of the warp server not checked");
        }
        List<String> problems = SarifMultitool.problems(tool, files, tmp);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String relative(Path p) {
        return Path.of("").toAbsolutePath().relativize(p.toAbsolutePath().normalize()).toString();
    }
}
