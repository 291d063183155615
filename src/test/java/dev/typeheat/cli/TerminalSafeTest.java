package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.input.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Escape sequences in input text reach the terminal as visible text; typeheat's own colours still work. */
class TerminalSafeTest {
    @TempDir
    Path tmp;

    private static String safe(String... writes) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (TerminalSafe t = new TerminalSafe(sink)) {
            for (String w : writes) {
                t.write(w.getBytes(StandardCharsets.UTF_8));
            }
        }
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersFromInputAreShownAsRustEscapes() throws IOException {
        assertEquals("Vec<\\u{1b}]0;pwned\\u{7}\\u{1b}[2J>\n", safe("Vec<\u001b]0;pwned\u0007\u001b[2J>\n"));
        assertEquals("a\tb\\u{d}c\\u{7f}\\u{9b}2J é\n", safe("a\tb\rc\u007f\u009b2J é\n"));
    }

    @Test
    void typeheatsOwnSequencesPassEvenSplitAcrossWrites() throws IOException {
        String bold = Terminal.control("[1m");
        assertEquals("\u001b[1mx\rdone", safe(bold + "x" + Terminal.control("\r") + "done"));
        int half = bold.length() / 2;
        assertEquals("\u001b[1mx", safe(bold.substring(0, half), bold.substring(half) + "x"));
        assertEquals("\\u{9b}", safe("\u009b".substring(0, 1)), "a C1 control whole");
        assertEquals("\\u{1b}" + Terminal.key().substring(0, 3) + "!", safe("\u001b" + Terminal.key().substring(0, 3) + "!"),
                "a guess at the key's start is input");
    }

    @Test
    void explainShowsEscapesInTypeNamesAsText() throws IOException {
        Path f = tmp.resolve("hostile.type");
        Files.writeString(f, "Vec<\u001b]0;pwned\u0007\u001b[2J>\n");
        CliRun.Result r = CliRun.run("explain", "@" + f);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), r.out());
        assertTrue(r.out().contains("\\u{1b}"), r.out());
    }
}
