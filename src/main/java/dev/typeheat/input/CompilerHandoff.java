package dev.typeheat.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Input read by a JVM running the quick compiler alone, which the launcher chooses for {@code demangle}
 * because most inputs are short: past a threshold of bytes, a fresh JVM with the optimizing compiler,
 * which wins on long inputs, does the work. Files (and a file on standard input) whose size is known
 * past the threshold go to it whole at once ({@link #knownBytes}, {@link #runWhole}); a pipe is read
 * here until more than the threshold has been seen, and the rest goes to it ({@link Head}). The decision
 * is made by bytes, not by the kind of input, and here rather than in the launcher, whose {@code stat}
 * of the inputs cost a process start on every run.
 */
public final class CompilerHandoff {
    /** Set by the launcher when it chose the quick compiler (for {@code demangle}): the bytes past which to hand over. */
    static final String PROPERTY = "typeheat.handoff";

    private CompilerHandoff() {
    }

    /** The byte count after which to hand over, or -1 when this JVM reads everything itself. */
    public static long threshold() {
        String v = System.getProperty(PROPERTY);
        try {
            return v == null ? -1 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The bytes of text in {@code files} ({@code -} or none: standard input) as far as their sizes are known,
     * compressed files counted 8 times their size; a pipe counts 0, and -1 when standard input alone is read
     * and it is a pipe (its size shows only while it is read).
     */
    public static long knownBytes(List<String> files) {
        if (files.isEmpty()) {
            long size = regularFileSize(Path.of("/dev/stdin"));
            return size < 0 ? -1 : size;
        }
        long total = 0;
        for (String f : files) {
            long size = regularFileSize(Path.of(f.equals("-") ? "/dev/stdin" : f));
            if (size > 0) {
                total += f.endsWith(".gz") || f.endsWith(".zst") ? size * 8 : size;
            }
        }
        return total;
    }

    private static long regularFileSize(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1; // a missing file is reported when it is opened
        }
    }

    /**
     * Runs {@code typeheat args} in a JVM like this one but with every compiler, with this process's standard
     * input, output and errors; returns its exit code.
     */
    public static int runWhole(List<String> args) throws IOException {
        Process child = new ProcessBuilder(childCommand(args)).inheritIO().start();
        return waitFor(child);
    }

    /**
     * Options of this JVM the one with every compiler does not get: the compiler cap, the threshold, and the
     * initial heap sizes, which the launcher sets small for short runs (on 424 MB of nm dumps, 24 MB of young
     * generation made 110 collections of 300-380 ms in all, promoting the pieces in flight, against 20 of
     * 18 ms with the default heap).
     */
    private static final List<String> FOR_SHORT_RUNS = List.of("-XX:TieredStopAtLevel", "-D" + PROPERTY + "=",
            "-Xms", "-XX:NewSize=");

    private static boolean forShortRuns(String option) {
        for (String prefix : FOR_SHORT_RUNS) {
            if (option.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The command line of a JVM like this one, with every compiler and no threshold, running {@code typeheat args}. */
    private static List<String> childCommand(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!forShortRuns(a)) {
                command.add(a);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.typeheat.cli.Main");
        command.addAll(args);
        return command;
    }

    private static int waitFor(Process child) throws IOException {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            throw new IOException("interrupted");
        }
    }

    /** The first part of a stream: at least {@code limit} bytes, ending at a line end (or the stream's end). */
    public static final class Head extends InputStream {
        private final InputStream in;
        private final long limit;
        private long seen;
        private boolean ended;
        private int next = -2;

        public Head(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (ended || len == 0) {
                return ended ? -1 : 0;
            }
            if (seen < limit) {
                int n = in.read(b, off, (int) Math.min(len, limit - seen));
                if (n < 0) {
                    ended = true;
                    next = -1;
                } else {
                    seen += n;
                }
                return n;
            }
            // past the limit: finish the current line, one byte at a time (the stream is buffered)
            int i = 0;
            while (i < len) {
                int c = in.read();
                if (c < 0) {
                    ended = true;
                    next = -1;
                    break;
                }
                b[off + i++] = (byte) c;
                if (c == '\n') {
                    ended = true;
                    break;
                }
            }
            return i == 0 ? -1 : i;
        }

        /** Whether the stream goes on past this head (reads one byte ahead, kept for {@link #handOff}). */
        public boolean more() throws IOException {
            if (next == -2) {
                next = in.read();
            }
            return next >= 0;
        }

        /**
         * Runs {@code typeheat args} in a JVM like this one but with every compiler, its standard input the
         * rest of the stream, its output and errors this process's; returns its exit code.
         */
        public int handOff(List<String> args) throws IOException {
            Process child = new ProcessBuilder(childCommand(args)).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream to = child.getOutputStream()) {
                if (more()) {
                    to.write(next);
                    in.transferTo(to);
                }
            } catch (IOException e) {
                // the child stopped reading (it failed, and says why on stderr)
            }
            return waitFor(child);
        }
    }
}
