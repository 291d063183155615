package dev.typeheat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command over a generated set of hostile inputs ({@link HostileInputs}), in a JVM of its own with a
 * 256 MB heap: each run ends with a documented exit code (0, 1 or 3; never a usage or internal error), an
 * input error is one line naming the file, no stack trace, no raw terminal escape in text output (but from
 * {@code demangle}, a filter that passes bytes through like rustfilt), and each
 * run takes under 10 s; a run needing more heap would end the JVM, and its peak resident memory stays
 * under 600 MB. The table (runs, slowest, peak RSS) is printed on the console.
 */
class HostileInputsBatteryTest {
    private static final long HEAP_MB = 256;
    private static final long MAX_MILLIS = 10_000;
    private static final long MAX_RSS_KB = 600 * 1024;
    /** The inputs of {@link HostileInputs} (files, a folder, a named pipe and a name that does not exist). */
    private static final int INPUTS = 21;

    @TempDir
    Path tmp;

    @Test
    void everyCommandOverEveryHostileInput() throws Exception {
        List<String> lines = runBattery();
        long rssKb = 0;
        long slowest = 0;
        String slowestRun = "";
        int runs = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", 6);
            if (f[0].equals("rss")) {
                rssKb = Long.parseLong(f[1]);
                continue;
            }
            runs++;
            String run = f[0] + " " + f[1];
            int code = Integer.parseInt(f[2]);
            long millis = Long.parseLong(f[3]);
            String err = f[5].replace("\\n", "\n").replace("\\\\", "\\");
            if (millis > slowest) {
                slowest = millis;
                slowestRun = run;
            }
            if (code != ExitCode.OK && code != ExitCode.FINDINGS && code != ExitCode.BAD_INPUT) {
                wrong.add(run + ": exit " + code + ": " + err);
            }
            if (err.contains("Exception") || err.contains("\tat ")) {
                wrong.add(run + ": a stack trace: " + err);
            }
            if (code == ExitCode.BAD_INPUT) {
                String last = err.strip().substring(err.strip().lastIndexOf('\n') + 1);
                String named = "typeheat: " + tmp.resolve(f[1]);
                if (!last.startsWith(named)) {
                    wrong.add(run + ": the error does not name the file: " + err);
                }
            }
            if (Boolean.parseBoolean(f[4]) && !f[0].equals("demangle")) { // demangle passes bytes through, as rustfilt does
                wrong.add(run + ": a raw escape byte in the output");
            }
            if (millis > 1000) {
                System.out.println("hostile inputs: " + run + " " + millis + " ms");
            }
            if (millis > MAX_MILLIS) {
                wrong.add(run + ": " + millis + " ms");
            }
        }
        System.out.printf("hostile inputs: %d runs (%d commands), slowest %s %d ms, peak RSS %d MB (heap %d MB)%n",
                runs, HostileBattery.COMMANDS.length, slowestRun, slowest, rssKb >> 10, HEAP_MB);
        assertEquals(HostileBattery.COMMANDS.length * INPUTS, runs, "every command over each of the " + INPUTS + " inputs");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(rssKb > 0 && rssKb < MAX_RSS_KB, "peak RSS " + rssKb + " kB");
    }

    /** The battery's lines, from a JVM with a small heap; fails when that JVM does not end well in time. */
    private List<String> runBattery() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path results = tmp.resolve("battery.tsv");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), HostileBattery.class.getName(), tmp.toString())
                .redirectOutput(results.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the battery did not end in 5 minutes");
        String text = Files.readString(results, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "the battery's JVM failed (out of memory?):\n" + text);
        assertFalse(text.isBlank());
        return text.lines().toList();
    }
}
