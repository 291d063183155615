package dev.typeheat.cli;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM and SIGINT stop typeheat within a second in the middle of reading one endless line (the 1 MiB cap
 * reads past the rest, so the read never ends by itself), with the shell's codes 143 and 130, as the README
 * documents.
 */
class SignalsTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermInTheMiddleOfAnEndlessLineEndsTheRunWithin1sWith143() throws Exception {
        assertEquals(143, stopWhileReading("TERM", "explain", "-"));
    }

    @Test
    void sigintInTheMiddleOfAnEndlessLineEndsTheRunWithin1sWith130() throws Exception {
        assertEquals(130, stopWhileReading("INT", "lint", "-"));
    }

    /** Starts typeheat on an endless line on stdin, signals it after 2 s of reading; returns its exit code. */
    private int stopWhileReading(String signal, String... args) throws Exception {
        TestCorpus.require(Files.isExecutable(Path.of("/bin/kill")), "no /bin/kill to send signals with");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile()).start();
        Thread feeder = new Thread(() -> {
            byte[] chunk = "A<".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream in = p.getOutputStream()) {
                while (true) {
                    in.write(chunk);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "endless-line");
        feeder.setDaemon(true);
        feeder.start();
        try {
            Thread.sleep(2000);
            assertTrue(p.isAlive(), "ended by itself: " + Files.readString(tmp.resolve("err")));
            assertEquals(0, new ProcessBuilder("/bin/kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
            long start = System.nanoTime(); // from the signal sent, not from starting kill
            boolean ended = p.waitFor(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ended, "still running 5 s after SIG" + signal);
            System.out.println("signals: SIG" + signal + " ended typeheat " + String.join(" ", args) + " in " + millis + " ms");
            assertTrue(millis < 1000, "SIG" + signal + " took " + millis + " ms");
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }
}
