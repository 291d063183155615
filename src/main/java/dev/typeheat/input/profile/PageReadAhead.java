package dev.typeheat.input.profile;

import dev.typeheat.input.InputFiles;
import dev.typeheat.input.SourceThread;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The pages of a compressed profile, decompressed and cut into pages on a thread of its own, each straight
 * into an array the reader is then handed: the reading thread copies nothing (a 5.5 GB profile is streamed
 * twice; copying it from 1 MB chunks into pages was a fifth of the reading thread's time in the first pass).
 * Pages are handed over in batches of {@link #BATCH_BYTES}: a reader that waits is woken once per batch, not
 * once per page. At most {@link #DEPTH} batches wait, their arrays reused, so memory stays bounded whatever
 * the file's size. A failure reaches the reader after every page before it.
 */
final class PageReadAhead implements Closeable {
    /**
     * Pages handed over at once, by their bytes: the warp profile's pass is 24,500 pages of 256 KiB, and
     * waking the reader for each (a futex call on both sides) cost about 0.3 s CPU per pass on this machine.
     */
    static final int BATCH_BYTES = 4 << 20;
    static final int DEPTH = 2;

    /** A page; {@code bytes[0..length)} is its payload. */
    record Page(int stream, long offset, byte[] bytes, int length) {
    }

    /** Pages in stream order, then (when {@code last}) the end of the file or the failure that ends the pass. */
    private record Batch(List<Page> pages, boolean last, Throwable failure) {
    }

    private final int batchBytes;
    private final BlockingQueue<Batch> filled;
    /** Arrays of pages the reader is done with. */
    private final BlockingQueue<byte[]> spare;
    private final Thread reader;
    private volatile boolean closed;

    private Batch current;
    private int nextInBatch;
    private boolean ended;

    /** {@code batchBytes}: {@link #BATCH_BYTES}, or less in tests (to see many batches in a small file). */
    PageReadAhead(Path file, String where, int batchBytes) {
        this.batchBytes = batchBytes;
        this.filled = new ArrayBlockingQueue<>(DEPTH);
        this.spare = new ArrayBlockingQueue<>((DEPTH + 2) * Math.max(1, batchBytes / (1 << 18)) + 2);
        InputStream in = InputFiles.openOnThisThread(file);
        reader = new Thread(() -> read(in, where), "typeheat-pages " + where);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream source, String where) {
        Filling filling = new Filling();
        try (InputStream in = source) {
            PageWalk.walk(in, where, this::buffer, filling::page);
            put(new Batch(filling.pages, true, null));
        } catch (RuntimeException | Error e) {
            put(new Batch(filling.pages, true, e));
        } catch (IOException e) {
            // closing the source failed after everything was read: nothing is lost
        }
    }

    /** The batch being filled on the decompressing thread. */
    private final class Filling {
        List<Page> pages = new ArrayList<>();
        int bytes;

        boolean page(int stream, long offset, byte[] payload, int length) {
            pages.add(new Page(stream, offset, payload, length));
            bytes += length;
            if (bytes < batchBytes) {
                return true;
            }
            boolean handed = put(new Batch(pages, false, null));
            pages = new ArrayList<>();
            bytes = 0;
            return handed;
        }
    }

    private byte[] buffer(int length) {
        byte[] b = spare.poll();
        return b != null && b.length >= length ? b : new byte[Math.max(length, 1 << 18)];
    }

    /** Hands a batch over unless the reader has closed (then nobody waits for it); false when it has. */
    private boolean put(Batch b) {
        try {
            if (!closed) {
                filled.put(b);
                return !closed;
            }
        } catch (InterruptedException e) {
            // closed by the reader
        }
        return false;
    }

    /** The next page, or null at the end of the file. */
    Page next() {
        while (current == null || nextInBatch == current.pages().size()) {
            if (current != null && current.last()) {
                end(current);
                return null;
            }
            if (ended) {
                return null;
            }
            try {
                current = filled.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("interrupted while reading"));
            }
            nextInBatch = 0;
        }
        return current.pages().get(nextInBatch++);
    }

    /** Ends the pass, throwing its failure when it has one. */
    private void end(Batch last) {
        ended = true;
        current = null;
        if (last.failure() instanceof RuntimeException r) {
            throw r;
        }
        if (last.failure() != null) {
            throw (Error) last.failure();
        }
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
