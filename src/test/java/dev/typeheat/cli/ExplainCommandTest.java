package dev.typeheat.cli;

import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code typeheat explain} as a user runs it: output, exit codes, one-line errors. */
class ExplainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void explainsATypeWithTreeAndMetrics() {
        CliRun.Result r = CliRun.run("explain", "warp::filter::or::Or<warp::filter::or::Or<A, B>, Vec<u8>>");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("├─ warp::filter::or::Or<…>"), r.out());
        assertTrue(r.out().contains("depth 3   nodes 6"), r.out());
        assertTrue(r.out().contains("chain 2"), r.out());
    }

    @Test
    void jsonHasTheDocumentedFields() {
        CliRun.Result r = CliRun.run("explain", "--format", "json", "Map<Map<..., ...>, ...>");
        assertEquals(0, r.code(), r.err());
        for (String key : new String[] {"\"depth\":3", "\"nodes\":5", "\"distinct\":3", "\"length\":23", "\"chain\":2",
                "\"clippyScore\":30", "\"truncated\":true", "\"tree\":{"}) {
            assertTrue(r.out().contains(key), key + " missing in " + r.out());
        }
    }

    /** Forgetting the @ before a long-type file still explains the file, not its name. */
    @Test
    void anExistingFileNameIsReadLikeAtFile() {
        String file = dev.typeheat.TestCorpus.project("types/golden/warp-or-chain.type").toString();
        CliRun.Result plain = CliRun.run("explain", "--format", "json", file);
        CliRun.Result at = CliRun.run("explain", "--format", "json", "@" + file);
        assertEquals(0, plain.code(), plain.err());
        assertEquals(at.out(), plain.out());
        assertTrue(plain.out().contains("warp::filter::or::Or"), plain.out());
    }

    @Test
    void emptyInputIsOneLineErrorWithExitCode3() {
        CliRun.Result r = CliRun.run("explain", "   ");
        assertEquals(3, r.code());
        assertEquals("typeheat: <argument>: empty input: expected a Rust type or symbol\n", r.err());
    }

    /** A line of invalid UTF-8 is skipped, counted and named; the lines around it are read. */
    @Test
    void invalidUtf8NamesFileLineAndColumn() throws IOException {
        Path f = tmp.resolve("bad.txt");
        Files.write(f, new byte[] {'V', 'e', 'c', '<', 'u', '8', '>', '\n', 'u', (byte) 0xff, '>'});
        CliRun.Result r = CliRun.run("explain", "@" + f);
        assertEquals(0, r.code(), r.err());
        assertEquals("typeheat: " + f + ": read as type text: 1 record(s); skipped 1"
                + " (1 line(s) of invalid UTF-8)\ntypeheat: " + f + ":2: invalid UTF-8 at column 2: line skipped\n", r.err());
    }

    @Test
    void binaryGarbageIsRejectedWithoutStackTrace() throws IOException {
        Path f = tmp.resolve("bin");
        Files.write(f, new byte[] {'a', 0, 1, 2, 'b'});
        CliRun.Result r = CliRun.run("explain", "@" + f);
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("typeheat: " + f + ":1:2: binary data"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        CliRun.Result r = CliRun.run("explain", "--debug", "@" + tmp.resolve("missing.txt"));
        assertEquals(3, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        assertTrue(r.err().contains("at dev.typeheat"), "stack trace expected with --debug: " + r.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(2, CliRun.run("explain", "--frobnicate", "u8").code());
    }

    @Test
    void damagedTextStillShowsWhatWasRead() {
        CliRun.Result r = CliRun.run("explain", "Foo<A, B)>, C");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("truncated"), r.out());
    }
}
