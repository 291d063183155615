package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import dev.typeheat.RustTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end with the installed toolchain on the std-only crate corpus/crates/chains: {@code cargo typeheat}
 * builds a real profile, IR and type sizes into a folder of its own, names the crate's source lines, leaves
 * files it did not write alone, and the README's {@code diff} recipe shows the drop of the boxed variant.
 */
class CargoTypeheatTest {
    @TempDir
    Path tmp;
    Path crate;

    @BeforeEach
    void copyCrate() throws IOException {
        RustTools.requireCargo();
        crate = RustTools.copyCrate("chains", tmp);
    }

    /** The path as a user in the project directory would type it: relative, through {@code ..} if need be. */
    private static String relative(Path p) {
        return Path.of("").toAbsolutePath().relativize(p.toAbsolutePath()).toString();
    }

    private CliRun.Result cargo(Path targetDir, String... more) {
        List<String> args = new ArrayList<>(List.of("cargo", "--manifest-path", relative(crate.resolve("Cargo.toml")),
                "--target-dir", relative(targetDir)));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(new String[0]));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void readmeDiffRecipeWithRelativePathsAndNewTargetDirs() throws Exception {
        Path mainBuild = tmp.resolve("main-build");
        CliRun.Result plain = cargo(mainBuild);
        assertEquals(0, plain.code(), plain.err());
        Path out = mainBuild.resolve("typeheat");
        List<String> names = names(out);
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".mm_profdata.zst")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.endsWith(".mm_profdata")), "the raw profile stays: " + names);
        assertTrue(names.containsAll(List.of("chains.ll", "report.html", "type-sizes.txt", "cargo-stderr.txt")), names.toString());
        assertTrue(Files.exists(mainBuild.resolve("CACHEDIR.TAG")), "cargo did not create the new target dir itself");
        assertTrue(plain.err().contains("cargo clean -p chains"), plain.err());
        assertTrue(plain.err().contains("RUSTC_BOOTSTRAP=chains"), plain.err());
        assertTrue(plain.err().contains("the measuring build of chains took "), plain.err());
        assertTrue(plain.err().contains("self-profile read (") && plain.err().contains("--keep-profile keeps it raw"), plain.err());
        assertFalse(plain.err().contains("no known input"), plain.err());
        assertTrue(plain.out().contains("src/pipeline.rs:"), plain.out());
        // v0 symbols: closures carry their index, generic functions their arguments
        assertTrue(Files.readString(out.resolve("chains.ll")).contains("define internal void @_RNC"), "no v0 symbols in the IR");

        Path prBuild = tmp.resolve("pr-build");
        CliRun.Result boxed = cargo(prBuild, "--features", "boxed");
        assertEquals(0, boxed.code(), boxed.err());
        CliRun.Result diff = CliRun.run("diff", "--format", "json", "--top", "100000", relative(out),
                relative(prBuild.resolve("typeheat")));
        assertEquals(0, diff.code(), diff.err());
        JsonNode result = new ObjectMapper().readTree(diff.out());
        boolean shrank = false;
        long largestBase = 0;
        long largestHead = 0;
        for (JsonNode t : result.path("types")) {
            shrank |= t.path("status").asText().equals("shrank") && t.path("place").asText().contains("pipeline");
            largestBase = Math.max(largestBase, t.path("baseNodes").asLong());
            largestHead = Math.max(largestHead, t.path("headNodes").asLong());
        }
        assertTrue(shrank, "boxing smoothed's chain shrank no type built in src/pipeline.rs: " + diff.out());
        for (JsonNode t : result.path("totals")) {
            if (t.path("name").asText().equals("largest type")) {
                // the total agrees with the list (types that did not change are not listed: the total may be larger)
                assertTrue(t.path("base").asLong() >= largestBase && t.path("head").asLong() >= largestHead, t.toString());
            }
        }
    }

    @Test
    void filesTypeheatDidNotWriteSurviveAndLintGivesCiItsExitCode() throws IOException {
        Path target = tmp.resolve("shared-dir"); // like --target-dir .. next to a checkout named typeheat
        Path mine = target.resolve("typeheat/notes.txt");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "my notes");

        CliRun.Result first = cargo(target, "lint", "--quick", "--format", "github", "--max-chain", "6");
        assertEquals(ExitCode.FINDINGS, first.code(), first.err());
        assertTrue(first.out().lines().anyMatch(l -> l.startsWith("::warning file=src/pipeline.rs,line=")), first.out());
        assertTrue(first.err().contains("has no CACHEDIR.TAG"), first.err());
        List<String> afterFirst = names(mine.getParent());
        String firstProfile = afterFirst.stream().filter(n -> n.endsWith(".mm_profdata.zst")).findFirst().orElseThrow();

        CliRun.Result second = cargo(target, "suggest", "--quick");
        assertEquals(0, second.code(), second.err());
        List<String> afterSecond = names(mine.getParent());
        assertFalse(afterSecond.contains(firstProfile), "the first run's profile was not replaced: " + afterSecond);
        assertEquals("my notes", Files.readString(mine));

        Files.writeString(mine.resolveSibling("report.html"), "my page");
        CliRun.Result report = cargo(target, "--quick");
        assertEquals(ExitCode.BAD_INPUT, report.code(), report.err());
        assertTrue(report.err().contains("report.html: exists and typeheat did not write it"), report.err());
        assertFalse(report.err().contains("Compiling"), "checked after the build: " + report.err());
        assertEquals("my page", Files.readString(mine.resolveSibling("report.html")));
        assertEquals("my notes", Files.readString(mine));
    }

    /** {@code cargo typeheat -o - > page.html}: standard output is the page alone, the printed text goes to stderr. */
    @Test
    void theReportToStandardOutputIsThePageAlone() {
        CliRun.Result r = cargo(tmp.resolve("target"), "--quick", "-o", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out().substring(0, Math.min(200, r.out().length())));
        assertTrue(r.out().stripTrailing().endsWith("</html>"), r.out().substring(Math.max(0, r.out().length() - 200)));
        assertTrue(r.err().contains("places over the thresholds"), "the findings: " + r.err());
        assertTrue(r.err().contains("Plan: ") || r.err().contains("No suggestions: "), "the suggestions: " + r.err());
        assertTrue(r.err().contains("typeheat: report written to standard output"), r.err());
        assertFalse(Files.exists(tmp.resolve("target/typeheat/report.html")), "the page went to the folder as well");
    }

    @Test
    void aPackageWithSeveralCratesNeedsAChoiceBeforeAnythingIsBuilt() throws IOException {
        Path both = tmp.resolve("both");
        Files.createDirectories(both.resolve("src/bin"));
        Files.writeString(both.resolve("Cargo.toml"), "[package]\nname = \"both\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n");
        Files.writeString(both.resolve("src/lib.rs"), "pub fn f() {}\n");
        Files.writeString(both.resolve("src/bin/tool.rs"), "fn main() {}\n");
        CliRun.Result r = CliRun.run("cargo", "--manifest-path", both.resolve("Cargo.toml").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("both has 2 crates (lib both, bin tool): choose the one to measure with --lib or --bin NAME"), r.err());
        assertFalse(Files.exists(both.resolve("target")));
    }

    @Test
    void cargoErrorsPassThroughWithCargosExitCode() throws IOException {
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken.resolve("src"));
        Files.writeString(broken.resolve("Cargo.toml"), "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n");
        Files.writeString(broken.resolve("src/main.rs"), "fn main() { let x: u32 = \"not a number\"; }\n");
        CliRun.Result failed = CliRun.run("cargo", "--quick", "--manifest-path", broken.resolve("Cargo.toml").toString(),
                "--target-dir", tmp.resolve("broken-target").toString());
        assertEquals(101, failed.code());
        assertTrue(failed.err().contains("error[E0308]"), failed.err());
    }
}
