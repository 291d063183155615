package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.RustTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cargo typeheat verify}: the rebuild before and after a patch, timed in copies; the user's tree untouched. */
class CargoVerifyTest {
    @TempDir
    Path tmp;

    @Test
    void timesBothCopiesAndLeavesTheUsersTreeAsItWas() throws IOException {
        RustTools.requireCargo();
        Path crate = RustTools.copyCrate("chains", tmp);
        String pipeline = Files.readString(crate.resolve("src/pipeline.rs"));
        CliRun.Result r = CliRun.run("cargo", "verify", "--manifest-path", crate.resolve("Cargo.toml").toString(),
                "--patch", crate.resolve("boxed.patch").toString(), "--rounds", "1", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("typeheat: round 1/1: before "), r.err());
        assertTrue(Pattern.compile("rebuild of chains with boxed\\.patch: before \\d+\\.\\d s, after \\d+\\.\\d s "
                + "\\(medians of 1 interleaved rounds\\): (saves|costs) \\d+\\.\\d s").matcher(r.err()).find(), r.err());
        assertEquals(pipeline, Files.readString(crate.resolve("src/pipeline.rs")));
        assertFalse(Files.exists(crate.resolve("target")), "built in the user's tree");
        Matcher temp = Pattern.compile("twice into (\\S+) ").matcher(r.err());
        assertTrue(temp.find(), r.err());
        assertFalse(Files.exists(Path.of(temp.group(1))), "the copies were left behind");
    }

    @Test
    void withoutAPatchItTimesTypeheatsOwnPlanAsFixWouldPrintIt() throws IOException {
        RustTools.requireCargo();
        Path crate = RustTools.copyCrate("chains", tmp);
        Path target = tmp.resolve("target");
        String pipeline = Files.readString(crate.resolve("src/pipeline.rs"));
        CliRun.Result r = CliRun.run("cargo", "verify", "--manifest-path", crate.resolve("Cargo.toml").toString(),
                "--target-dir", target.toString(), "--rounds", "1", "--quiet");
        assertEquals(0, r.code(), r.err());
        Path diff = target.resolve("typeheat/boxes.diff");
        assertTrue(r.err().contains("typeheat: the 1 suggested box as a diff: " + diff), r.err());
        assertTrue(r.err().contains("typeheat: applied the 1 suggested box to the after copy"), r.err());
        assertTrue(Pattern.compile("rebuild of chains with the 1 suggested box: before \\d+\\.\\d s, after \\d+\\.\\d s ")
                .matcher(r.err()).find(), r.err());
        String boxes = Files.readString(diff);
        assertTrue(boxes.startsWith("--- a/src/pipeline.rs\n+++ b/src/pipeline.rs\n@@ "), boxes);
        assertTrue(boxes.contains("+    (Box::new(values"), boxes);
        assertEquals(pipeline, Files.readString(crate.resolve("src/pipeline.rs")), "the user's source was edited");
        Matcher temp = Pattern.compile("twice into (\\S+) ").matcher(r.err());
        assertTrue(temp.find(), r.err());
        assertFalse(Files.exists(Path.of(temp.group(1))), "the copies were left behind");
    }

    @Test
    void aPatchThatDoesNotApplyIsBadInputAndNothingIsBuilt() throws IOException {
        RustTools.requireCargo();
        Path crate = RustTools.copyCrate("chains", tmp);
        Path patch = tmp.resolve("stale.patch");
        Files.writeString(patch, "--- a/src/main.rs\n+++ b/src/main.rs\n@@ -1,1 +1,1 @@\n-fn no_such_line() {}\n+fn other() {}\n");
        CliRun.Result r = CliRun.run("cargo", "verify", "--manifest-path", crate.resolve("Cargo.toml").toString(),
                "--patch", patch.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("typeheat: " + patch + ": does not apply to the crate: "), r.err());
        assertFalse(r.err().contains("building the before copy"), r.err());
    }

    @Test
    void verifyOptionsAreCheckedFirst() {
        String manifest = Path.of("corpus/crates/chains/Cargo.toml").toString();
        String patch = Path.of("corpus/crates/chains/boxed.patch").toString();
        for (String[] args : new String[][] {
                {"cargo", "verify", "--manifest-path", manifest, "--rounds", "0"},
                {"cargo", "verify", "--manifest-path", manifest, "--typeheat-config", tmp.resolve("none.toml").toString()},
                {"cargo", "verify", "--manifest-path", manifest, "--patch", patch, "--rounds", "0"},
                {"cargo", "verify", "--manifest-path", manifest, "--patch", tmp.resolve("none.patch").toString()},
                {"cargo", "verify", "--manifest-path", manifest, "--patch", patch, "--", "-C", "opt-level=1"},
                {"cargo", "--quick", "verify", "--manifest-path", manifest, "--patch", patch},
                {"cargo", "verify", "--manifest-path", manifest, "--patch", patch, "--max-chain", "6"}}) {
            CliRun.Result r = CliRun.run(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("copying the workspace"), r.err());
            assertFalse(r.err().contains("measuring"), r.err());
        }
    }
}
