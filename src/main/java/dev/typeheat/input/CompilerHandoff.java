package dev.typeheat.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard input of unknown size (a pipe) read by a JVM running the quick compiler alone, which the
 * launcher chooses because most piped inputs are short: once more than a threshold of bytes has been
 * seen, the rest of the input goes to a fresh JVM with the optimizing compiler, which wins on long inputs.
 * The decision is made by bytes seen, not by the kind of input.
 */
public final class CompilerHandoff {
    /** Set by the launcher when it chose the quick compiler for a pipe: the bytes to read before handing over. */
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
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!a.startsWith("-XX:TieredStopAtLevel") && !a.startsWith("-D" + PROPERTY + "=")) {
                    command.add(a);
                }
            }
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("dev.typeheat.cli.Main");
            command.addAll(args);
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream to = child.getOutputStream()) {
                if (more()) {
                    to.write(next);
                    in.transferTo(to);
                }
            } catch (IOException e) {
                // the child stopped reading (it failed, and says why on stderr)
            }
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroy();
                throw new IOException("interrupted");
            }
        }
    }
}
