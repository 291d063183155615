package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command that reads text reads {@code -} as standard input, once, recognising its format from the
 * buffered head: {@code tail -n +2 paste.txt | typeheat lines -} gives what the file gives.
 */
class StdinTest {
    private static CliRun.Result withStdin(byte[] stdin, String... args) {
        return withStdin(new ByteArrayInputStream(stdin), args);
    }

    private static synchronized CliRun.Result withStdin(InputStream stdin, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(stdin);
            return CliRun.run(args);
        } finally {
            System.setIn(old);
        }
    }

    /** The file without its first line, as {@code tail -n +2} gives it. */
    private static byte[] tail2(String corpusFile) throws IOException {
        String text = Files.readString(TestCorpus.project(corpusFile));
        return text.substring(text.indexOf('\n') + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void linesReadsAPastedTableFromStdin() throws IOException {
        Path paste = TestCorpus.project("llvm-lines/era-2020-iter_app-release.txt");
        CliRun.Result fromFile = CliRun.run("lines", paste.toString());
        CliRun.Result piped = withStdin(tail2("llvm-lines/era-2020-iter_app-release.txt"), "lines", "-");
        assertEquals(0, piped.code(), piped.err());
        assertEquals(fromFile.out(), piped.out());
        assertTrue(piped.err().contains("<stdin>: read as cargo-llvm-lines table"), piped.err());
    }

    /** A paste of a failed build without its first line (a {@code Compiling} status line) gives what the file gives. */
    @Test
    void suggestLintAndReportReadErrorsFromStdin(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        String sample = "public/errors/e0275-2016-impl-notes-24600.txt";
        byte[] errors = tail2(sample);
        Path file = tmp.resolve("paste.txt");
        Files.write(file, errors);
        CliRun.Result lint = withStdin(errors, "lint", "-");
        assertEquals(ExitCode.FINDINGS, lint.code(), lint.err());
        assertTrue(lint.out().contains("rustc-limit"), lint.out());
        assertTrue(lint.err().contains("<stdin>: read as rustc diagnostics"), lint.err());
        assertEquals(CliRun.run("lint", file.toString()).out().replace(file.toString(), "<stdin>"), lint.out());
        CliRun.Result suggest = withStdin(errors, "suggest", "-");
        assertEquals(0, suggest.code(), suggest.err());
        assertEquals(CliRun.run("suggest", file.toString()).out().replace(file.toString(), "<stdin>"), suggest.out());
        Path html = tmp.resolve("r.html");
        CliRun.Result report = withStdin(errors, "report", "-o", html.toString(), "-");
        assertEquals(0, report.code(), report.err());
        assertTrue(Files.readString(html).contains("rustc-limit"));
    }

    @Test
    void symbolsAndExplainReadStdin() throws IOException {
        byte[] nm = tail2("demangle/nm-v0-sample.txt");
        CliRun.Result symbols = withStdin(nm, "symbols", "-");
        assertEquals(0, symbols.code(), symbols.err());
        assertTrue(symbols.out().contains("distinct symbols"), symbols.out());
        CliRun.Result explain = withStdin("_RINvNtCs1234_4core3ptr13drop_in_placeINtNtCs5678_5alloc3vec3VechEEB4_\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "explain", "-");
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().contains("alloc::vec::Vec"), explain.out());
    }

    @Test
    void profileReadsACompressedProfileFromStdin() throws IOException {
        byte[] zst = Files.readAllBytes(TestCorpus.project("generated/chains/self-profile/chains-release.mm_profdata.zst"));
        CliRun.Result piped = withStdin(zst, "profile", "--top", "3", "-");
        CliRun.Result fromFile = CliRun.run("profile", "--top", "3",
                TestCorpus.project("generated/chains/self-profile/chains-release.mm_profdata.zst").toString());
        assertEquals(0, piped.code(), piped.err());
        assertEquals(fromFile.out().replace(TestCorpus.project("generated/chains/self-profile/chains-release.mm_profdata.zst").toString(), "<stdin>"),
                piped.out());
    }

    @Test
    void aPipedProfileWithADamagedPageStopsThereInsteadOfCopyingEverything() {
        // the MMPD header, then zeros without end: a page header claiming 0 bytes, and nothing ever ends the pipe
        InputStream endless = new InputStream() {
            private final byte[] header = {'M', 'M', 'P', 'D', 9, 0, 0, 0};
            private long at;

            @Override
            public int read() {
                return at < header.length ? header[(int) at++] : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        CliRun.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> withStdin(endless, "profile", "-"));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertEquals("typeheat: <stdin>: damaged profile: page at byte 8 claims 0 bytes\n", r.err());
    }

    @Test
    void nothingReadIsSaidAsSuch() {
        CliRun.Result r = withStdin("\n\n# only a comment\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "suggest", "-");
        assertTrue(r.err().contains("nothing was read"), r.err() + r.out());
        assertTrue(Arrays.asList(0, 3).contains(r.code()), r.err());
    }
}
