package dev.typeheat.input;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;

/** Ending a thread that reads an input ahead of its consumer (decompressing, cutting pages). */
public final class SourceThread {
    private SourceThread() {
    }

    /**
     * Interrupts {@code reader} and waits for it: the source is closed by its own thread, never under a
     * read in progress (zstd's native context).
     */
    public static void stop(Thread reader) {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while closing"));
        }
    }
}
