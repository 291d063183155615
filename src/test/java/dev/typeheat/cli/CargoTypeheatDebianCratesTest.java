package dev.typeheat.cli;

import dev.typeheat.RustTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crate of issue 12: serde's derive on Debian's proc-macro2 1.0.47, whose build script turns on unstable
 * proc_macro features when it sees a nightly compiler, and today's nightlies no longer have them. Run as a
 * user would, in the crate's directory, {@code cargo typeheat suggest --release} with no toolchain option,
 * on this machine where rustup also has a nightly: it must measure with the user's own toolchain and print
 * suggestions.
 */
class CargoTypeheatDebianCratesTest {
    @TempDir
    Path tmp;

    @Test
    void aCrateOnDebiansProcMacro2MeasuresWithTheUsersToolchain() throws IOException, InterruptedException {
        RustTools.requireCargo();
        RustTools.requireDebianCrates("librust-serde-dev librust-serde-derive-dev", "proc-macro2-1.0.47",
                "serde_derive-1.0.152", "serde-1.0.152", "syn-1.0.107", "quote-1.0.21");
        Path crate = RustTools.copyCrate("derive-app", tmp);
        // dependencies built once per `mvn clean`, as in a user's target dir: later runs rebuild only the crate
        Path target = Path.of("target/cargo-test-targets/derive-app").toAbsolutePath();
        Path stdout = tmp.resolve("stdout.txt");
        Path stderr = tmp.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "cargo", "suggest", "--release")
                .directory(crate.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> env = pb.environment();
        env.remove("RUSTC_BOOTSTRAP");
        env.remove("RUSTUP_TOOLCHAIN");
        env.put("CARGO_TARGET_DIR", target.toString());
        int code = pb.start().waitFor();
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        System.err.println(err.lines().filter(l -> l.startsWith("typeheat: ")).reduce("", (a, b) -> a + b + "\n"));

        assertEquals(0, code, err);
        assertFalse(err.contains("E0635"), err);
        assertTrue(err.contains("measuring with your own toolchain"), err);
        assertTrue(err.contains("RUSTC_BOOTSTRAP=derive_app:"), err);
        assertTrue(out.lines().anyMatch(l -> l.matches(" *1\\. src/main\\.rs:\\d+:\\d+-\\d+:\\d+ .*")), out);
        assertTrue(Files.isDirectory(target.resolve("typeheat")), "typeheat did not write into cargo's target dir");
        List<String> written;
        try (var files = Files.list(target.resolve("typeheat"))) {
            written = files.map(p -> p.getFileName().toString()).toList();
        }
        assertTrue(written.contains("derive_app.ll") && written.contains("type-sizes.txt"), written.toString());
    }
}
