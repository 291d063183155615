package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outputs written with -o and --write-baseline: whole or not at all, and a failure is one line with exit 5. */
class OutputFilesTest {
    @TempDir
    Path tmp;

    private final String seed = TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString();

    @Test
    void aReportReplacesTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path sarif = tmp.resolve("out.sarif");
        Path baseline = tmp.resolve("typeheat.baseline");
        Files.writeString(sarif, "old");
        Files.writeString(baseline, "old");
        Path fresh = Files.createFile(tmp.resolve("fresh"));
        CliRun.Result r = CliRun.run("lint", "--format", "sarif", "-o", sarif.toString(),
                "--write-baseline", baseline.toString(), seed);
        assertEquals(ExitCode.OK, r.code(), r.err()); // writing a baseline accepts today's findings
        assertTrue(Files.readString(sarif).startsWith("{"), Files.readString(sarif));
        assertTrue(Files.readString(baseline).startsWith("# typeheat baseline"), Files.readString(baseline));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(3, files.count(), "a temporary file was left behind");
        }
        // the renamed file has the permissions a file created here gets, not a temporary file's 0600
        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(sarif));
    }

    @Test
    void dashMeansStandardOutputNotAFileNamedDash() throws Exception {
        Path dash = Path.of("-");
        assertTrue(!Files.exists(dash), "a file named - is in the way");
        CliRun.Result report = CliRun.run("report", "-o", "-", seed);
        assertEquals(ExitCode.OK, report.code(), report.err());
        assertTrue(report.out().startsWith("<!DOCTYPE html>"), report.out().substring(0, Math.min(200, report.out().length())));
        assertTrue(!report.err().contains("wrote"), report.err());
        CliRun.Result sarif = CliRun.run("lint", "--format", "sarif", "-o", "-", seed);
        assertEquals(ExitCode.FINDINGS, sarif.code(), sarif.err());
        assertTrue(sarif.out().startsWith("{"), sarif.out());
        assertTrue(!Files.exists(dash), "wrote a file named -");
    }

    @Test
    void aFolderThatDoesNotExistIsOneLineWithExitCode5() {
        Path missing = tmp.resolve("no/such/folder/report.html");
        CliRun.Result r = CliRun.run("report", "-o", missing.toString(), seed);
        assertEquals(ExitCode.OUTPUT, r.code(), r.err());
        assertEquals("typeheat: " + missing + ": cannot write: no such directory", r.err().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aFullDiskIsOneLineWithExitCode5NotAnInternalError() {
        TestCorpus.require(Files.isWritable(Path.of("/dev/full")), "no /dev/full (Linux) to write to");
        CliRun.Result lint = CliRun.run("lint", "--format", "sarif", "-o", "/dev/full", seed);
        assertEquals(ExitCode.OUTPUT, lint.code(), lint.err());
        assertTrue(lint.err().endsWith("typeheat: /dev/full: cannot write: No space left on device\n"), lint.err());
        CliRun.Result baseline = CliRun.run("lint", "--write-baseline", "/dev/full", seed);
        assertEquals(ExitCode.OUTPUT, baseline.code(), baseline.err());
        assertTrue(Files.exists(Path.of("/dev/full")) && !Files.isRegularFile(Path.of("/dev/full")), "/dev/full was replaced");
    }

    @Test
    void aDirectoryAsOutputIsOneLine() {
        CliRun.Result r = CliRun.run("report", "-o", tmp.toString(), seed);
        assertEquals(ExitCode.OUTPUT, r.code(), r.err());
        assertTrue(r.err().endsWith("typeheat: " + tmp + ": cannot write: Is a directory\n"), r.err());
    }
}
