package dev.typeheat.input.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * One of the three streams of a {@code .mm_profdata} file (events, string data, string index), which
 * the file stores as interleaved pages. Addresses are offsets into the reassembled stream; reads go
 * to the file through a small page cache, so a 5 GB profile needs no more heap than a few pages
 * (and no 2 GB MappedByteBuffer limit applies). Pages read from a compressed file are held in memory
 * instead (only the events and the string index, which are small next to the string data).
 */
final class PagedStream {
    private static final int CACHED_PAGES = 8;

    private final FileChannel channel;
    /** The file and which stream this is, for messages about corrupt addresses. */
    private final String where;
    private final String name;
    private long[] fileOffsets = new long[16];
    private byte[][] held = new byte[16][];
    /** The held pages wrapped once: the walk reads six fields of each of 700,000 events through them. */
    private ByteBuffer[] heldBuffers = new ByteBuffer[16];
    private long[] starts = new long[16];
    private int[] lengths = new int[16];
    private int pages;
    private long length;

    private final ByteBuffer[] cache = new ByteBuffer[CACHED_PAGES];
    private final int[] cachedPage = new int[CACHED_PAGES];
    private int nextVictim;

    PagedStream(FileChannel channel, String where, String name) {
        this.channel = channel;
        this.where = where;
        this.name = name;
        java.util.Arrays.fill(cachedPage, -1);
    }

    /** A page held in memory (read from a stream). */
    void addPage(byte[] payload) {
        addPage(-1, payload.length);
        held[pages - 1] = payload;
        heldBuffers[pages - 1] = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    }

    void addPage(long fileOffset, int payloadLength) {
        if (pages == fileOffsets.length) {
            fileOffsets = java.util.Arrays.copyOf(fileOffsets, pages * 2);
            held = java.util.Arrays.copyOf(held, pages * 2);
            heldBuffers = java.util.Arrays.copyOf(heldBuffers, pages * 2);
            starts = java.util.Arrays.copyOf(starts, pages * 2);
            lengths = java.util.Arrays.copyOf(lengths, pages * 2);
        }
        fileOffsets[pages] = fileOffset;
        starts[pages] = length;
        lengths[pages] = payloadLength;
        pages++;
        length += payloadLength;
    }

    long length() {
        return length;
    }

    int pageCount() {
        return pages;
    }

    byte get(long addr) {
        int p = pageOf(addr);
        return page(p).get((int) (addr - starts[p]));
    }

    long getLong(long addr) {
        int p = pageOf(addr);
        int off = (int) (addr - starts[p]);
        if (off + 8 <= lengths[p]) {
            return page(p).getLong(off);
        }
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (get(addr + i) & 0xffL);
        }
        return v;
    }

    int getInt(long addr) {
        int p = pageOf(addr);
        int off = (int) (addr - starts[p]);
        if (off + 4 <= lengths[p]) {
            return page(p).getInt(off);
        }
        int v = 0;
        for (int i = 3; i >= 0; i--) {
            v = (v << 8) | (get(addr + i) & 0xff);
        }
        return v;
    }

    /** Copies {@code len} bytes at {@code addr} into {@code dst}. */
    void read(long addr, byte[] dst, int off, int len) {
        while (len > 0) {
            int p = pageOf(addr);
            int inPage = (int) (addr - starts[p]);
            int n = Math.min(len, lengths[p] - inPage);
            ByteBuffer b = page(p).duplicate();
            b.position(inPage);
            b.get(dst, off, n);
            addr += n;
            off += n;
            len -= n;
        }
    }

    /**
     * Copies up to {@code len} bytes at {@code addr}, no further than the end of its page, straight from
     * the file (no page cache: for many small scattered reads). Returns how many were copied.
     */
    int readDirect(long addr, byte[] dst, int off, int len) {
        int p = pageOf(addr);
        int inPage = (int) (addr - starts[p]);
        int n = Math.min(len, lengths[p] - inPage);
        if (held[p] != null) {
            System.arraycopy(held[p], inPage, dst, off, n);
            return n;
        }
        ByteBuffer b = ByteBuffer.wrap(dst, off, n);
        try {
            long pos = fileOffsets[p] + inPage;
            while (b.hasRemaining()) {
                if (channel.read(b, pos + b.position() - off) < 0) {
                    throw new IOException("unexpected end of file");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private int pageOf(long addr) {
        if (addr < 0 || addr >= length) {
            // Only a damaged file points outside its own streams.
            throw new dev.typeheat.input.InputException(where, "corrupt profile: the " + name + " stream has no byte "
                    + String.format("%,d", addr) + " (it holds " + String.format("%,d", length) + ")");
        }
        int lo = 0;
        int hi = pages - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= addr) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private ByteBuffer page(int p) {
        if (heldBuffers[p] != null) {
            return heldBuffers[p];
        }
        for (int i = 0; i < CACHED_PAGES; i++) {
            if (cachedPage[i] == p) {
                return cache[i];
            }
        }
        int slot = nextVictim;
        nextVictim = (nextVictim + 1) % CACHED_PAGES;
        ByteBuffer b = cache[slot];
        if (b == null || b.capacity() < lengths[p]) {
            b = ByteBuffer.allocate(Math.max(lengths[p], 262_144)).order(ByteOrder.LITTLE_ENDIAN);
            cache[slot] = b;
        }
        b.clear().limit(lengths[p]);
        try {
            long pos = fileOffsets[p];
            while (b.hasRemaining()) {
                int n = channel.read(b, pos);
                if (n < 0) {
                    throw new IOException("unexpected end of file");
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.flip();
        cachedPage[slot] = p;
        return b;
    }
}
