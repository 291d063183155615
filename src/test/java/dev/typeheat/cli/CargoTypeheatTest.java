package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end with the installed stable toolchain: {@code cargo typeheat} on the std-only crate in
 * corpus/crates/chains builds a real profile, IR and type sizes, writes the report and names the crate's
 * source lines; {@code typeheat diff} against the variant with one chain boxed shows the drop.
 */
class CargoTypeheatTest {
    @TempDir
    static Path tmp;
    static Path crate;

    @BeforeAll
    static void copyCrate() throws IOException, InterruptedException {
        Assumptions.assumeTrue(new ProcessBuilder("cargo", "--version").start().waitFor() == 0,
                "cargo is not installed: skipping the cargo typeheat end-to-end test");
        crate = tmp.resolve("chains");
        Path from = TestCorpus.project("crates/chains");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = crate.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.toString().contains("/target/")) {
                    Files.copy(f, to);
                }
            }
        }
    }

    private static CliRun.Result cargo(String targetDir, String... more) {
        String[] base = {"cargo", "--toolchain", "stable", "--manifest-path", crate.resolve("Cargo.toml").toString(),
                "--target-dir", tmp.resolve(targetDir).toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.run(all);
    }

    @Test
    void buildsMeasuresAndNamesTheCratesSourceLinesThenDiffShowsTheDrop() throws Exception {
        CliRun.Result plain = cargo("plain");
        assertEquals(0, plain.code(), plain.err());
        Path out = tmp.resolve("plain/typeheat");
        try (Stream<Path> files = Files.list(out)) {
            var names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".mm_profdata")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".ll")), names.toString());
            assertTrue(names.contains("report.html") && names.contains("type-sizes.txt"), names.toString());
        }
        assertTrue(plain.err().contains("cargo clean -p chains"), plain.err());
        assertTrue(plain.out().contains("src/pipeline.rs:"), plain.out());

        CliRun.Result boxed = cargo("boxed", "--features", "boxed");
        assertEquals(0, boxed.code(), boxed.err());
        CliRun.Result diff = CliRun.run("diff", "--format", "json", out.toString(), tmp.resolve("boxed/typeheat").toString());
        assertEquals(0, diff.code(), diff.err());
        JsonNode totals = new ObjectMapper().readTree(diff.out()).path("totals");
        for (JsonNode t : totals) {
            if (t.path("name").asText().startsWith("largest type")) {
                assertTrue(t.path("head").asLong() < t.path("base").asLong(), "boxing did not shrink the largest type: " + t);
            }
        }
    }

    @Test
    void lintModeGivesCiItsExitCodeAndFormat() {
        CliRun.Result r = cargo("lint", "lint", "--format", "github", "--max-chain", "6");
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::warning file=src/pipeline.rs,line=")), r.out());
    }

    @Test
    void cargoErrorsPassThroughWithCargosExitCode() throws IOException {
        CliRun.Result missing = CliRun.run("cargo", "--toolchain", "stable", "--manifest-path",
                tmp.resolve("nowhere/Cargo.toml").toString(), "--target-dir", tmp.resolve("none").toString());
        assertEquals(101, missing.code(), missing.err());
        assertTrue(missing.err().contains("Cargo.toml"), missing.err());

        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken.resolve("src"));
        Files.writeString(broken.resolve("Cargo.toml"), "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n");
        Files.writeString(broken.resolve("src/main.rs"), "fn main() { let x: u32 = \"not a number\"; }\n");
        CliRun.Result failed = CliRun.run("cargo", "--toolchain", "stable", "--manifest-path",
                broken.resolve("Cargo.toml").toString(), "--target-dir", tmp.resolve("broken-target").toString());
        assertEquals(101, failed.code());
        assertTrue(failed.err().contains("error[E0308]"), failed.err());
    }
}
