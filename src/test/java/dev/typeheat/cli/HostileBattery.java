package dev.typeheat.cli;

import dev.typeheat.CliRun;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every command over every hostile input in one JVM (started by {@link HostileInputsBatteryTest} with a
 * small heap, so a run that needs more memory fails), one line per run on stdout: command, input, exit code,
 * milliseconds, whether stdout holds a raw ESC byte, and stderr with its newlines escaped. The last line is
 * the process's peak resident memory.
 */
public final class HostileBattery {
    private HostileBattery() {
    }

    static final String[] COMMANDS = {"explain", "suggest", "fix", "lint", "report", "diff", "symbols", "lines",
            "profile", "demangle"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Path> inputs = HostileInputs.write(dir);
        for (String command : COMMANDS) {
            for (Path input : inputs) {
                String name = input.toString();
                List<String> argv = new ArrayList<>(List.of(command));
                switch (command) {
                    case "explain" -> argv.add("@" + name);
                    case "report" -> argv.addAll(List.of("-o", dir.resolve("report.html").toString(), name));
                    // a named pipe is read once: its other side is a file
                    case "diff" -> argv.addAll(List.of(name, name.endsWith(HostileInputs.FIFO)
                            ? dir.resolve("cut-types.txt").toString() : name));
                    default -> argv.add(name);
                }
                Thread writer = input.getFileName().toString().equals(HostileInputs.FIFO) ? feed(input) : null;
                long start = System.nanoTime();
                CliRun.Result r = CliRun.run(argv.toArray(String[]::new));
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (writer != null) {
                    unblock(writer, input);
                }
                System.out.println(command + "\t" + input.getFileName() + "\t" + r.code() + "\t" + millis + "\t"
                        + (r.out().indexOf('\u001b') >= 0) + "\t" + r.err().replace("\\", "\\\\").replace("\n", "\\n"));
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                System.out.println("rss\t" + line.replaceAll("\\D", ""));
            }
        }
    }

    /** Writes the named pipe's content for one run (opening it waits for the run to open it for reading). */
    private static Thread feed(Path fifo) throws IOException {
        byte[] content = HostileInputs.fifoContent();
        Thread t = new Thread(() -> {
            try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                out.write(content);
            } catch (IOException ignored) {
                // the run stopped reading early: what it said is in its result
            }
        }, "fifo-writer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** After a run that never opened the pipe (a usage error), opens it to let the writer finish. */
    private static void unblock(Thread writer, Path fifo) throws IOException, InterruptedException {
        writer.join(2000);
        if (writer.isAlive()) {
            try (InputStream in = new FileInputStream(fifo.toFile())) {
                in.readAllBytes();
            }
            writer.join();
        }
    }
}
