package dev.typeheat.input.profile;

import dev.typeheat.input.InputFiles;
import dev.typeheat.input.SourceThread;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The pages of a compressed profile, decompressed and cut into pages on a thread of its own, each straight
 * into an array the reader is then handed: the reading thread copies nothing (a 5.5 GB profile is streamed
 * twice; copying it from 1 MB chunks into pages was a fifth of the reading thread's time in the first pass).
 * At most {@link #DEPTH} pages wait, their arrays reused, so memory stays bounded whatever the file's size.
 * A failure reaches the reader after every page before it.
 */
final class PageReadAhead implements Closeable {
    static final int DEPTH = 16;

    /** A page, the end of the file ({@link #END}), or the failure that ends the pass. */
    record Page(int stream, long offset, byte[] bytes, int length, Throwable failure) {
    }

    private static final Page END = new Page(-1, 0, null, 0, null);

    private final BlockingQueue<Page> filled = new ArrayBlockingQueue<>(DEPTH);
    /** Arrays of pages the reader is done with. */
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread reader;
    private volatile boolean closed;
    private boolean ended;

    PageReadAhead(Path file, String where) {
        InputStream in = InputFiles.openOnThisThread(file);
        reader = new Thread(() -> read(in, where), "typeheat-pages " + where);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream source, String where) {
        try (InputStream in = source) {
            PageWalk.walk(in, where, this::buffer, (stream, offset, payload, length) -> {
                try {
                    filled.put(new Page(stream, offset, payload, length, null));
                    return !closed;
                } catch (InterruptedException e) {
                    return false; // closed by the reader
                }
            });
            put(END);
        } catch (RuntimeException | Error e) {
            put(new Page(-1, 0, null, 0, e));
        } catch (IOException e) {
            // closing the source failed after everything was read: nothing is lost
        }
    }

    private byte[] buffer(int length) {
        byte[] b = spare.poll();
        return b != null && b.length >= length ? b : new byte[Math.max(length, 1 << 18)];
    }

    /** Hands over the end or a failure, unless the reader has closed (then nobody waits for it). */
    private void put(Page p) {
        try {
            if (!closed) {
                filled.put(p);
            }
        } catch (InterruptedException e) {
            // closed by the reader
        }
    }

    /** The next page, or null at the end of the file. */
    Page next() {
        if (ended) {
            return null;
        }
        Page p;
        try {
            p = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading"));
        }
        if (p == END || p.failure() != null) {
            ended = true;
            if (p.failure() instanceof RuntimeException r) {
                throw r;
            }
            if (p.failure() != null) {
                throw (Error) p.failure();
            }
            return null;
        }
        return p;
    }

    /** Gives a page's array back for reuse. */
    void done(Page p) {
        spare.offer(p.bytes());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SourceThread.stop(reader);
    }
}
