package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs that are streams, not files: a named pipe, bash's {@code <(cmd)} and {@code /dev/stdin} (a pipe), for
 * every command. Each is read once (a pipe read twice, or opened again, would hang or lose its start) and gives
 * what the same content gives as a regular file: the same output, exit code and read summary.
 */
class StreamInputsTest {
    private static final Path BASH = Path.of("/bin/bash");
    private static final Path MKFIFO = Path.of("/usr/bin/mkfifo");

    @TempDir
    Path tmp;

    /**
     * Each command with its options and an input from the corpus (the profile is zstd-compressed: it is
     * decompressed from the pipe). The inputs are recognised by content, not name, so a pipe named
     * {@code /dev/fd/63} is read as the file is.
     */
    private static Map<String, List<String>> commands() {
        String nm = TestCorpus.project("demangle/nm-v0-sample.txt").toString();
        String errors = TestCorpus.project("types/errors/warp-app-error-broken.txt").toString();
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("demangle", List.of(nm));
        c.put("symbols", List.of(nm));
        c.put("lines", List.of(TestCorpus.project("llvm-lines/era-2020-iter_app-release.txt").toString()));
        c.put("profile", List.of(TestCorpus.project("generated/chains/self-profile/chains-release.mm_profdata.zst").toString()));
        c.put("suggest", List.of(errors));
        c.put("lint", List.of(errors));
        c.put("report", List.of("-o", "-", errors));
        c.put("explain", List.of("@" + errors));
        c.put("diff", List.of(errors, errors));
        return c;
    }

    /** The input argument of a command's arguments (the first file; {@code @FILE} for explain). */
    private static int inputAt(List<String> args) {
        return args.get(0).equals("-o") ? 2 : 0;
    }

    @Test
    void aNamedPipeIsReadOnceByEveryCommandAndGivesWhatTheFileGives() throws Exception {
        TestCorpus.require(Files.isExecutable(MKFIFO), "no " + MKFIFO + " to make a named pipe with");
        for (Map.Entry<String, List<String>> e : commands().entrySet()) {
            List<String> plain = e.getValue();
            int at = inputAt(plain);
            boolean at_ = plain.get(at).startsWith("@");
            Path source = Path.of(plain.get(at).substring(at_ ? 1 : 0));
            Path fifo = tmp.resolve(e.getKey() + ".fifo");
            assertEquals(0, new ProcessBuilder(MKFIFO.toString(), fifo.toString()).start().waitFor());
            Thread writer = new Thread(() -> {
                try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                    Files.copy(source, out);
                } catch (IOException ignored) {
                    // the reader went away early: the run's result says what happened
                }
            }, "fifo-writer");
            writer.setDaemon(true);
            writer.start();
            List<String> streamed = new ArrayList<>(plain);
            streamed.set(at, (at_ ? "@" : "") + fifo);
            CliRun.Result viaFifo = CliRun.run(prepend(e.getKey(), streamed));
            writer.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(writer.isAlive(), e.getKey() + " never read the pipe to its end");
            CliRun.Result viaFile = CliRun.run(prepend(e.getKey(), plain));
            String what = e.getKey() + " on a named pipe";
            assertEquals(viaFile.code(), viaFifo.code(), what + ": " + viaFifo.err());
            assertEquals(viaFile.err(), viaFifo.err().replace(fifo.toString(), source.toString()), what);
            assertEquals(viaFile.out(), viaFifo.out().replace(fifo.toString(), source.toString()), what);
        }
    }

    /**
     * bash's {@code <(cmd)} and a pipe into {@code /dev/stdin} are named pipes too, opened by a name that is no
     * regular file, as the test above covers for every command; here for each way a command opens its input:
     * demangle's own reader, a self-profile (copied once to a temporary file), and the common reader with
     * {@code @FILE} (explain) and without (lint), in a JVM of its own each (a real process's stdin).
     */
    @Test
    void processSubstitutionAndDevStdinAreReadByEachKindOfReader() throws Exception {
        TestCorpus.require(Files.isExecutable(BASH), "no bash at " + BASH + " for <(cmd) and a pipe into /dev/stdin");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        StringBuilder script = new StringBuilder("typeheat() { '" + java + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"; }\n");
        Map<String, List<String>> commands = new LinkedHashMap<>(commands());
        commands.keySet().retainAll(List.of("demangle", "profile", "lint", "explain"));
        for (Map.Entry<String, List<String>> e : commands.entrySet()) {
            // the command's input once as <(cat FILE), and for commands of several inputs a second time as a
            // pipe into /dev/stdin (explain takes one input: its pipe is a run of its own)
            List<String> plain = e.getValue();
            int at = inputAt(plain);
            String prefix = plain.get(at).startsWith("@") ? "@" : "";
            String file = plain.get(at).substring(prefix.length());
            List<String> args = new ArrayList<>(plain.subList(0, at));
            args.add(prefix + "<(cat '" + file + "')");
            boolean several = !e.getKey().equals("explain");
            if (several) {
                args.add("/dev/stdin");
            }
            String k = e.getKey();
            script.append((several ? "cat '" + file + "' | " : "")).append("typeheat ").append(k).append(' ')
                    .append(String.join(" ", args)).append(" > '").append(tmp.resolve(k + ".out")).append("' 2> '")
                    .append(tmp.resolve(k + ".err")).append("'; echo $? > '").append(tmp.resolve(k + ".rc")).append("'\n");
            if (!several) {
                script.append("cat '").append(file).append("' | typeheat ").append(k).append(" @/dev/stdin > '")
                        .append(tmp.resolve(k + "-stdin.out")).append("' 2> '").append(tmp.resolve(k + "-stdin.err"))
                        .append("'; echo $? > '").append(tmp.resolve(k + "-stdin.rc")).append("'\n");
            }
        }
        Process p = new ProcessBuilder(BASH.toString(), "-c", script.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("bash.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a run hung");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("bash.log")));
        for (Map.Entry<String, List<String>> e : commands.entrySet()) {
            String k = e.getKey();
            List<String> plain = e.getValue();
            int at = inputAt(plain);
            String input = plain.get(at);
            String file = input.substring(input.startsWith("@") ? 1 : 0);
            // the same content under a second name: a file named twice would be read once
            Path copy = Files.createDirectories(tmp.resolve("copy-" + k)).resolve(Path.of(file).getFileName());
            Files.copy(Path.of(file), copy);
            List<String> twice = new ArrayList<>(plain.subList(0, at + 1));
            if (!k.equals("explain")) {
                twice.add(copy.toString());
            }
            CliRun.Result viaFiles = CliRun.run(prepend(k, twice));
            List<Path[]> runs = new ArrayList<>();
            runs.add(new Path[] {tmp.resolve(k + ".rc"), tmp.resolve(k + ".out"), tmp.resolve(k + ".err")});
            if (k.equals("explain")) {
                runs.add(new Path[] {tmp.resolve(k + "-stdin.rc"), tmp.resolve(k + "-stdin.out"), tmp.resolve(k + "-stdin.err")});
            }
            for (Path[] run : runs) {
                String err = Files.readString(run[2]);
                String what = k + " with <(cmd) and /dev/stdin: " + err;
                assertEquals(viaFiles.code(), Integer.parseInt(Files.readString(run[0]).strip()), what);
                assertFalse(err.contains("Illegal seek") || err.contains("internal error"), what);
                assertEquals(normalized(viaFiles.err(), file, copy), normalized(err, file, copy), what);
                assertEquals(normalized(viaFiles.out(), file, copy), normalized(Files.readString(run[1]), file, copy), k);
            }
        }
    }

    /** Text with every name an input went by ({@code /dev/fd/63}, {@code /dev/stdin}, the file) made one. */
    private static String normalized(String text, String file, Path copy) {
        return text.replace(copy.toString(), "INPUT").replace(file, "INPUT").replaceAll("/dev/fd/\\d+|/proc/self/fd/\\d+|/dev/stdin", "INPUT");
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
