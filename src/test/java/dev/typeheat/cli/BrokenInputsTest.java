package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import dev.typeheat.input.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cut-off and empty inputs end with one line naming the file and what was wrong, exit code 3. */
class BrokenInputsTest {

    /** The project's gzipped nm dump of the chains crate, cut in the middle (a half-copied artifact). */
    private static Path truncatedCopy(Path dir, String corpusFile, int keep) throws Exception {
        byte[] whole = Files.readAllBytes(TestCorpus.project(corpusFile));
        Path cut = dir.resolve("cut-" + Path.of(corpusFile).getFileName());
        Files.write(cut, Arrays.copyOf(whole, Math.min(keep, whole.length / 2)));
        return cut;
    }

    @Test
    void truncatedGzipIsReportedWithTheTextThatCameBefore(@TempDir Path dir) throws Exception {
        Path cut = truncatedCopy(dir, "llvm-lines/iter_app-release.ll.gz", 40_000);
        for (String command : new String[] {"lines", "symbols", "suggest", "demangle"}) {
            CliRun.Result r = CliRun.run(command, cut.toString());
            assertEquals(ExitCode.BAD_INPUT, r.code(), command + ": " + r.err());
            String[] lines = r.err().strip().split("\n");
            assertEquals(1, lines.length, command + ": " + r.err());
            assertTrue(lines[0].matches("typeheat: .*cut-iter_app-release\\.ll\\.gz: truncated: the gzip data ends early, after [0-9,]+ bytes of text"),
                    command + ": " + lines[0]);
        }
    }

    /** demangle is a filter: everything that arrived before the cut is demangled and written, like zcat does. */
    @Test
    void demangleWritesEverythingBeforeTheCut(@TempDir Path dir) throws Exception {
        Path cut = truncatedCopy(dir, "llvm-lines/iter_app-release.ll.gz", 40_000);
        byte[] arrived;
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        try (InputStream in = InputFiles.open(cut)) {
            in.transferTo(prefix);
        } catch (dev.typeheat.input.InputException expected) {
            // the stream delivers what it could decompress, then fails
        }
        arrived = prefix.toByteArray();
        assertTrue(arrived.length > 100_000, "too little text before the cut: " + arrived.length);
        Path plain = dir.resolve("prefix.ll");
        Files.write(plain, arrived);

        CliRun.Result fromCut = CliRun.run("demangle", cut.toString());
        CliRun.Result fromPrefix = CliRun.run("demangle", plain.toString());
        assertEquals(ExitCode.BAD_INPUT, fromCut.code());
        assertEquals(ExitCode.OK, fromPrefix.code(), fromPrefix.err());
        assertEquals(fromPrefix.out(), fromCut.out());
        assertTrue(fromCut.out().contains("core::fmt::"), "nothing demangled");
    }

    @Test
    void directoryWithoutInputsIsAnErrorNotAnEmptyResult(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun.Result r = CliRun.run("suggest", empty.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("typeheat: " + empty + ": empty directory", r.err().strip());

        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("notes.md"), "# notes\n", StandardCharsets.UTF_8);
        r = CliRun.run("lint", other.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("none of its 1 file(s) is an input typeheat reads"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
