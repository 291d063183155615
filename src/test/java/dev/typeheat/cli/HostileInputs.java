package dev.typeheat.cli;

import dev.typeheat.MmProfileBytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A set of hostile inputs, written into a folder: the kinds of damage the issue on bad input lists, each
 * small enough that every command reads all of them in seconds. The long line (3 MB) passes the 1 MiB
 * typeheat keeps of a line; the deep ones nest 20,000 levels; the self-profile's string table refers to itself
 * 200 times (200^64 pieces); the named pipe ({@link #FIFO}) is fed by the battery for each run.
 */
final class HostileInputs {
    private HostileInputs() {
    }

    /** The named pipe's name: the battery writes {@link #fifoContent()} into it for each run. */
    static final String FIFO = "stream.fifo";

    /** What the named pipe carries: gzip-compressed type text whose first line is cut, as rustc cuts them. */
    static byte[] fifoContent() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(cutTypes().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String cutTypes() {
        StringBuilder cut = new StringBuilder("core::ptr::drop_in_place<(alloc::string::String\n");
        for (int i = 0; i < 200; i++) {
            cut.append("std::iter::Map<std::vec::IntoIter<T").append(i).append(">, F>\n");
        }
        return cut.toString();
    }

    /** The input files (and one name that does not exist), in a fixed order. */
    static List<Path> write(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        all.add(text(dir, "cut-types.txt", cutTypes()));
        all.add(text(dir, "long-line.txt", "x".repeat(3_000_000)));
        all.add(text(dir, "deep-nesting.txt", "A<".repeat(20_000) + "u8" + ">".repeat(20_000) + "\n"));
        all.add(text(dir, "long-path.txt", "a::".repeat(20_000) + "b\n"));
        all.add(text(dir, "ref-chain.txt", "&".repeat(100_000) + "u8\n")); // nests without brackets
        all.add(text(dir, "unbalanced.txt", ">".repeat(10_000) + "<".repeat(10_000) + "\n"));
        all.add(text(dir, "escapes.txt", "Vec<\u001b]0;owned\u0007\u001b[2J>\n"));
        all.add(text(dir, "empty.txt", ""));
        all.add(text(dir, "blank.txt", "\n".repeat(1000)));
        all.add(text(dir, "blank-head.txt", "\n".repeat(16 * 1024) + "Vec<u8>\n")); // a sniffed head of nothing but newlines
        all.add(Files.write(dir.resolve("bad-utf8.txt"), new byte[] {'V', 'e', 'c', '<', 'u', '8', '>', '\n', (byte) 0xff, (byte) 0xfe, '\n'}));
        byte[] garbage = new byte[8192];
        new Random(16).nextBytes(garbage);
        garbage[10] = 0;
        all.add(Files.write(dir.resolve("garbage.bin"), garbage));
        all.add(text(dir, "chrome_profiler.json", """
                [
                {"name":"typeck","cat":"Query","ph":"X","ts":10,"dur":5,"pid":1,"tid":1},
                {"name":"typeck","cat":["Query"],"ph":"X","ts":20,"dur":5,"pid":1,"tid":1},
                {"name":"typeck","cat":"Query","ph":"X","ts":{"a":1},"dur":5,"pid":1,"tid":1},
                42,
                {"name":"layout_of","cat":"Query","ph":"X","ts":-30,"dur":5,"pid":1,"tid":1},
                {"name":"layout_of","cat":"Query","ph":"X","ts":30,"dur":99999999999999999999,"pid":1,"tid":1},
                {"name":"layout_of","cat":"Query","ph":"X","ts":50,"dur":7,"pid":1,"tid":1}
                ]
                """));
        all.add(text(dir, "deep.json", "[".repeat(100_000)));
        all.add(text(dir, "cut.ll", "define void @_ZN3foo3barE() {\n  ret void\n"
                + "define void @_ZN3foo3bazE() {\n  ret void\n}\ndefine void @_ZN3foo4lastE() {\n  x\n"));
        all.add(text(dir, "long-define.ll", "define void @_ZN" + "3foo".repeat(400_000) + "E() {\n  ret void\n}\n"));
        all.add(text(dir, "cut-errors.txt", "error[E0275]: overflow evaluating the requirement `Map<Map<Map<\n"
                + "  = note: required for `Foo<\n"));
        all.add(Files.write(dir.resolve("string-bomb.mm_profdata"), MmProfileBytes.selfReferringLabel(200)));
        Path folder = Files.createDirectories(dir.resolve("folder"));
        text(folder, "a.long-type-1.txt", "Vec<u8>\n");
        Files.createSymbolicLink(folder.resolve("dangling"), dir.resolve("nowhere"));
        Files.createSymbolicLink(folder.resolve("loop"), folder.resolve("loop"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        text(elsewhere, "b.long-type-2.txt", "Vec<u16>\n");
        Files.createSymbolicLink(folder.resolve("linked-folder"), elsewhere);
        all.add(folder);
        Path fifo = dir.resolve(FIFO);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        try {
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo " + fifo + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        all.add(fifo);
        all.add(dir.resolve("nonexistent.txt"));
        return all;
    }

    private static Path text(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
