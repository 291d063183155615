package dev.typeheat.cargo;

import dev.typeheat.input.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts cargo, rustup and friends in the user's directory with the user's environment. */
final class Processes {
    /** What a captured command printed. */
    record Captured(int exitCode, String out, String err) {
    }

    private final Map<String, String> env;
    private final Path dir;
    private final PrintStream err;

    Processes(Map<String, String> env, Path dir, PrintStream err) {
        this.env = env;
        this.dir = dir;
        this.err = err;
    }

    Path dir() {
        return dir;
    }

    String env(String name) {
        return env.get(name);
    }

    Map<String, String> envMap() {
        return env;
    }

    /**
     * Runs {@code cmd} with {@code extraEnv} added. Its stderr reaches the user unchanged when {@code echo}
     * (and is copied to {@code stderrCopy} when not null); its stdout goes to {@code stdoutFile}, or nowhere.
     */
    int run(List<String> cmd, Map<String, String> extraEnv, boolean echo, Path stdoutFile, Path stderrCopy) {
        Process p = start(cmd, extraEnv);
        Thread errPump = pump(p.getErrorStream(), echo ? err : null, stderrCopy);
        Thread outPump = pump(p.getInputStream(), null, stdoutFile);
        return waitFor(p, errPump, outPump);
    }

    /** Runs {@code cmd} and returns what it printed (small outputs: cargo metadata, rustup, rustc -vV). */
    Captured capture(List<String> cmd, Map<String, String> extraEnv) {
        Process p = start(cmd, extraEnv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errText = new ByteArrayOutputStream();
        Thread errPump = pump(p.getErrorStream(), errText, null);
        Thread outPump = pump(p.getInputStream(), out, null);
        int code = waitFor(p, errPump, outPump);
        return new Captured(code, out.toString(StandardCharsets.UTF_8), errText.toString(StandardCharsets.UTF_8));
    }

    private Process start(List<String> cmd, Map<String, String> extraEnv) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().putAll(extraEnv);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new InputException(cmd.get(0), "cannot run: " + e.getMessage());
        }
    }

    private static int waitFor(Process p, Thread errPump, Thread outPump) {
        try {
            int code = p.waitFor();
            errPump.join();
            outPump.join();
            return code;
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Thread pump(InputStream in, OutputStream echo, Path file) {
        Thread t = new Thread(() -> {
            try (OutputStream save = file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file)) {
                byte[] buf = new byte[8192];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    if (echo != null) {
                        echo.write(buf, 0, n);
                        echo.flush();
                    }
                    save.write(buf, 0, n);
                }
            } catch (IOException ignored) {
                // the process ended or the file could not be written: nothing more to copy
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
