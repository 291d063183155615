package dev.typeheat.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** Shows how much of a big file was read, on stderr, for a person watching; cleared when done. */
final class ProgressInputStream extends FilterInputStream {
    private static final long EVERY_NANOS = 200_000_000L;

    private final String name;
    private final long size;
    private final PrintStream err = System.err;
    private long read;
    private long lastShown;
    private boolean shown;

    ProgressInputStream(InputStream in, String name, long size) {
        super(in);
        this.name = name;
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            advance(1);
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        read += n;
        long now = System.nanoTime();
        if (now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        int pct = (int) Math.min(100, read * 100 / Math.max(1, size));
        int bar = pct / 5;
        err.print(Terminal.control("\r") + "typeheat: reading " + name + " [" + "#".repeat(bar) + " ".repeat(20 - bar) + "] " + pct + "% ");
        err.flush();
        shown = true;
    }

    @Override
    public void close() throws IOException {
        if (shown) {
            err.print(Terminal.control("\r") + Terminal.control("[K"));
            err.flush();
        }
        super.close();
    }
}
