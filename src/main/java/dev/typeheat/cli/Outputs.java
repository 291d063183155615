package dev.typeheat.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where commands write, failing loudly: every write error (a full disk, a closed pipe) is an
 * {@link OutputException}, even when a {@code PrintStream} or {@code PrintWriter} in between swallowed it.
 * A file is written whole or not at all: into a temporary file beside it, renamed over it at the end, so
 * an interrupted or failed run leaves the old file (or none), and two runs writing one file leave one
 * whole result.
 */
final class Outputs {
    /** Writes one output. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 1 << 16;
    /** The last error writing the process's real standard output (see {@link #installStdout()}). */
    private static volatile IOException stdoutError;

    /**
     * Temporary files not yet renamed: removed if the JVM is stopped (SIGTERM, SIGINT) meanwhile. The hook
     * that removes them is registered with the first one: a hook is a thread started at every exit, which a
     * command writing to standard output ({@code typeheat demangle}) need not pay for.
     */
    private static final class Pending {
        static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FILES.forEach(p -> p.toFile().delete()),
                    "typeheat-temporary-files"));
        }
    }

    private Outputs() {
    }

    /** Standard error as an output: text shown beside a page written to standard output ({@code cargo typeheat -o -}). */
    static final Path STDERR = Path.of("/dev/stderr");

    /** Writes to {@code file}, or to standard output when it is null. */
    static void write(Path file, Body body) {
        if (file == null) {
            toStdout(body);
        } else if (file.equals(STDERR)) {
            toStderr(body);
        } else {
            toFile(file, body);
        }
    }

    /**
     * Writes text to standard output with control characters from input made visible ({@link TerminalSafe});
     * a write error ends the command (checked at every buffer, not only at the end).
     */
    static void toStdout(Body body) {
        toStdout(body, true);
    }

    /** Writes text to standard error, with control characters made visible as on standard output. */
    static void toStderr(Body body) {
        try (OutputStream buffered = new BufferedOutputStream(new FilterOutputStream(System.err) {
            @Override
            public void write(byte[] b, int off, int len) {
                System.err.write(b, off, len);
            }

            @Override
            public void close() {
                System.err.flush(); // System.err stays open for what follows
            }
        }, BUFFER)) {
            body.write(buffered);
        } catch (IOException e) {
            throw OutputException.of("standard error", e);
        }
    }

    /** Writes bytes to standard output as they are ({@code demangle} is a filter: rustfilt passes every byte). */
    static void rawToStdout(Body body) {
        toStdout(body, false);
    }

    private static void toStdout(Body body, boolean terminalSafe) {
        Checked out = new Checked(new FilterOutputStream(System.out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                System.out.write(b, off, len);
                failIfStdoutFailed();
            }

            @Override
            public void flush() throws IOException {
                System.out.flush();
                failIfStdoutFailed();
            }

            @Override
            public void close() throws IOException {
                flush(); // System.out stays open for what follows
            }
        });
        try (OutputStream buffered = new BufferedOutputStream(terminalSafe ? new TerminalSafe(out) : out, BUFFER)) {
            body.write(buffered);
        } catch (IOException e) {
            throw OutputException.of("standard output", out.error != null ? out.error : e);
        }
        if (out.error != null) {
            throw OutputException.of("standard output", out.error);
        }
    }

    private static void failIfStdoutFailed() throws IOException {
        if (System.out.checkError()) {
            IOException cause = stdoutError;
            throw cause != null ? new IOException(cause.getMessage(), cause) : new IOException("write error");
        }
    }

    /** Whether an output argument means standard output ({@code -o -}), as {@code -} means standard input. */
    static boolean isStdout(Path file) {
        return file.toString().equals("-");
    }

    /** Writes {@code file} through a temporary file beside it (see the class comment); {@code -} is stdout. */
    static void toFile(Path file, Body body) {
        if (isStdout(file)) {
            toStdout(body);
            return;
        }
        String where = file.toString();
        Path target = file;
        try {
            if (Files.isSymbolicLink(file) && Files.exists(file)) {
                target = file.toRealPath(); // replace what the link points to, not the link
            }
        } catch (IOException e) {
            throw OutputException.of(where, e);
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            direct(where, target, body); // a device or pipe (/dev/stdout, a FIFO): nothing to rename over
            return;
        }
        Path temp = createTemporary(where, target);
        boolean done = false;
        try {
            try (Checked out = new Checked(Files.newOutputStream(temp));
                 OutputStream buffered = new BufferedOutputStream(out, BUFFER)) {
                body.write(buffered);
                buffered.flush();
                if (out.error != null) {
                    throw out.error;
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw OutputException.of(where, e);
        } finally {
            if (!done) {
                temp.toFile().delete();
            }
            Pending.FILES.remove(temp);
        }
    }

    private static Path createTemporary(String where, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Pending.FILES.add(temp);
                return Files.createFile(temp); // default permissions, as the file itself would get
            } catch (FileAlreadyExistsException e) {
                Pending.FILES.remove(temp);
                if (attempt > 100) {
                    throw OutputException.of(where, e);
                }
            } catch (IOException e) {
                Pending.FILES.remove(temp);
                if (Files.isDirectory(target)) {
                    throw new OutputException(where, "is a directory", false);
                }
                throw OutputException.of(where, e);
            }
        }
    }

    private static void direct(String where, Path target, Body body) {
        try (Checked out = new Checked(Files.newOutputStream(target));
             OutputStream buffered = new BufferedOutputStream(out, BUFFER)) {
            body.write(buffered);
            buffered.flush();
            if (out.error != null) {
                throw out.error;
            }
        } catch (IOException e) {
            throw OutputException.of(where, e);
        }
    }

    /**
     * Makes {@code System.out} the process's standard output with its write errors remembered: a
     * {@code PrintStream} only keeps a flag, and the message ("No space left on device") is what the user needs.
     */
    static void installStdout() {
        OutputStream fd = new FileOutputStream(FileDescriptor.out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    super.write(b, off, len);
                } catch (IOException e) {
                    stdoutError = e;
                    throw e;
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
        System.setOut(new PrintStream(new BufferedOutputStream(fd, BUFFER), true));
    }

    /** Makes {@code System.err} terminal-safe: its messages quote file names and input text. */
    static void installStderr() {
        System.setErr(new PrintStream(new TerminalSafe(new FileOutputStream(FileDescriptor.err)), true));
    }

    /** Ends the process's output: an error writing it that nothing reported yet, or null. */
    static OutputException stdoutFailure() {
        System.out.flush();
        if (!System.out.checkError()) {
            return null;
        }
        return stdoutError != null ? OutputException.of("standard output", stdoutError)
                : new OutputException("standard output", "write error", false);
    }

    /** Remembers the first write error: a PrintWriter above would swallow it. */
    private static final class Checked extends FilterOutputStream {
        IOException error;

        Checked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                error = error == null ? e : error;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                error = error == null ? e : error;
                throw e;
            }
        }
    }
}
