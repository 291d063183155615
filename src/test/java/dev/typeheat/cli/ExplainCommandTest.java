package dev.typeheat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code typeheat explain} as a user runs it: output, exit codes, one-line errors. */
class ExplainCommandTest {
    @TempDir
    Path tmp;

    /** Runs the CLI in-process and captures what it prints. */
    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void explainsATypeWithTreeAndMetrics() {
        Run r = run("explain", "warp::filter::or::Or<warp::filter::or::Or<A, B>, Vec<u8>>");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("├─ warp::filter::or::Or<…>"), r.out());
        assertTrue(r.out().contains("depth 3   nodes 6"), r.out());
        assertTrue(r.out().contains("chain 2"), r.out());
    }

    @Test
    void jsonHasTheDocumentedFields() {
        Run r = run("explain", "--format", "json", "Map<Map<..., ...>, ...>");
        assertEquals(0, r.code(), r.err());
        for (String key : new String[] {"\"depth\":3", "\"nodes\":5", "\"distinct\":3", "\"length\":23", "\"chain\":2",
                "\"clippyScore\":30", "\"truncated\":true", "\"tree\":{"}) {
            assertTrue(r.out().contains(key), key + " missing in " + r.out());
        }
    }

    @Test
    void emptyInputIsOneLineErrorWithExitCode3() {
        Run r = run("explain", "   ");
        assertEquals(3, r.code());
        assertEquals("typeheat: <argument>: empty input: expected a Rust type or symbol\n", r.err());
    }

    @Test
    void invalidUtf8NamesFileLineAndColumn() throws IOException {
        Path f = tmp.resolve("bad.txt");
        Files.write(f, new byte[] {'V', 'e', 'c', '<', '\n', 'u', (byte) 0xff, '>'});
        Run r = run("explain", "@" + f);
        assertEquals(3, r.code());
        assertEquals("typeheat: " + f + ":2:2: invalid UTF-8 (byte 0xff at offset 6)\n", r.err());
    }

    @Test
    void binaryGarbageIsRejectedWithoutStackTrace() throws IOException {
        Path f = tmp.resolve("bin");
        Files.write(f, new byte[] {'a', 0, 1, 2, 'b'});
        Run r = run("explain", "@" + f);
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("typeheat: " + f + ":1:2: binary data"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Run r = run("explain", "--debug", "@" + tmp.resolve("missing.txt"));
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertTrue(r.err().contains("at dev.typeheat"), "stack trace expected with --debug: " + r.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(2, run("explain", "--frobnicate", "u8").code());
    }

    @Test
    void damagedTextStillShowsWhatWasRead() {
        Run r = run("explain", "Foo<A, B)>, C");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("truncated"), r.out());
    }
}
