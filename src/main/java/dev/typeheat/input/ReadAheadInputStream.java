package dev.typeheat.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source on a thread of its own, a few chunks ahead of the reader: decompressing a file (zstd,
 * gzip) runs on one core while the reader works on the other. At most {@link #DEPTH} chunks wait, so memory
 * stays bounded whatever the file's size. A failure of the source reaches the reader after every byte read
 * before it, from a read of its own (so a caller never loses bytes it was handed with the failure). Only
 * for regular files: closing waits for the source's read in progress, which a pipe could hold forever.
 */
final class ReadAheadInputStream extends InputStream {
    static final int CHUNK = 1 << 20;
    static final int DEPTH = 4;

    /** A filled chunk, the end of the source ({@code length} -1), or its failure. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private static final Chunk END = new Chunk(null, -1, null);

    private final InputStream source;
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(DEPTH);
    /** Chunks the reader is done with, refilled instead of allocated anew. */
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread filler;
    private volatile boolean closed;

    private Chunk current;
    private int pos;

    ReadAheadInputStream(InputStream source, String name) {
        this.source = source;
        this.filler = new Thread(this::fill, "typeheat-read-ahead " + name);
        filler.setDaemon(true);
        filler.start();
    }

    private void fill() {
        try (InputStream in = source) {
            while (!closed) {
                byte[] b = spare.poll();
                if (b == null) {
                    b = new byte[CHUNK];
                }
                int n = 0;
                try {
                    while (n < b.length) {
                        int r = in.read(b, n, b.length - n);
                        if (r < 0) {
                            break;
                        }
                        n += r;
                    }
                } catch (IOException | RuntimeException | Error e) {
                    if (n > 0) {
                        filled.put(new Chunk(b, n, null));
                    }
                    filled.put(new Chunk(null, 0, e));
                    return;
                }
                if (n > 0) {
                    filled.put(new Chunk(b, n, null));
                }
                if (n < b.length) {
                    filled.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the reader: stop here
        } catch (IOException e) {
            // closing the source failed after everything was read: nothing is lost
        }
    }

    @Override
    public int read() throws IOException {
        if (!ready()) {
            return -1;
        }
        return current.bytes[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!ready()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current.bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Makes {@link #current} hold unread bytes; false at the end. */
    private boolean ready() throws IOException {
        while (true) {
            if (current == END) {
                return false;
            }
            if (current != null && pos < current.length) {
                return true;
            }
            if (current != null) {
                spare.offer(current.bytes);
            }
            try {
                current = filled.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            pos = 0;
            if (current.failure != null) {
                Throwable f = current.failure;
                current = END;
                if (f instanceof IOException io) {
                    throw io;
                }
                if (f instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) f;
            }
        }
    }

    /**
     * 0: a caller that asks may not read on, so a buffered reader above ends each read after one chunk
     * and never takes a failure together with bytes it already copied.
     */
    @Override
    public int available() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        SourceThread.stop(filler);
    }
}
