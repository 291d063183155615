package dev.typeheat.input.profile;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The short entries of a compressed profile's string data, kept from the first pass over it: event ids,
 * labels, kinds and the pieces query arguments refer to are short (the warp server's 5.5 GB hold 490,000
 * entries of at most {@link #MAX_LENGTH} bytes, 16 MB), the arguments themselves long. Every later read of
 * a short entry is then answered here instead of by another pass over the decompressed stream; only the
 * costliest arguments need one. Entries follow each other from byte 8 of the stream, each ending at its
 * 0xFF terminator (a literal byte is below 0xFE; 0xFE starts a 9-byte reference whose id may hold any
 * byte), so one scan of the stream finds them all.
 */
final class ShortEntries {
    static final int MAX_LENGTH = 256;
    private static final int BLOCK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Address to {@code block << 40 | offset << 16 | length}. */
    private final LongLongMap where = new LongLongMap(1 << 16);
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block = new byte[BLOCK];
    private int used;

    // the scan's state between pages
    private long streamPos;
    private long entryStart = 8;
    private int refBytesLeft;
    /** The open entry's bytes from earlier pages, while it is short enough to keep. */
    private final byte[] carry = new byte[MAX_LENGTH];
    private int carried;

    ShortEntries() {
        blocks.add(block);
    }

    /** The next page of the string-data stream, in stream order. */
    void page(byte[] b, int length) {
        long pageStart = streamPos;
        int i = pageStart < 8 ? (int) Math.min(8 - pageStart, length) : 0;
        int open = i; // where the open entry's bytes in this page begin
        while (i < length) {
            if (refBytesLeft > 0) {
                int k = Math.min(refBytesLeft, length - i);
                refBytesLeft -= k;
                i += k;
                continue;
            }
            int j = nextMarker(b, i, length);
            if (j == length) {
                break;
            }
            if ((b[j] & 0xff) == RawString.TERMINATOR) {
                long entryLength = pageStart + j - entryStart;
                if (entryLength <= MAX_LENGTH) {
                    keep(b, open, j);
                }
                carried = 0;
                entryStart = pageStart + j + 1;
                open = j + 1;
            } else {
                refBytesLeft = 8;
            }
            i = j + 1;
        }
        // the open entry goes on in the next page: carry its bytes while it may still be short
        long soFar = pageStart + length - entryStart;
        if (soFar <= MAX_LENGTH && open < length) {
            int n = length - open;
            System.arraycopy(b, open, carry, carried, n);
            carried += n;
        }
        streamPos += length;
    }

    /**
     * The first byte at or after {@code i} that is 0xFE or 0xFF, or {@code end}. Long entries are text without
     * markers for kilobytes: 32 bytes are tested per step with one branch (5.5 GB of string data: 8 bytes per
     * step ran at 4.8 GB/s, this at about 8 GB/s on this machine), then 8 at a time to find the byte.
     */
    private static int nextMarker(byte[] b, int i, int end) {
        while (i + 32 <= end && !anyMarker((long) LONGS.get(b, i), (long) LONGS.get(b, i + 8),
                (long) LONGS.get(b, i + 16), (long) LONGS.get(b, i + 24))) {
            i += 32;
        }
        while (i + 8 <= end) {
            // a byte >= 0xFE becomes 0xFF when its low bit is set, then 0x00 when inverted
            long t = ~((long) LONGS.get(b, i) | ONES);
            long zeros = (t - ONES) & ~t & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            i += 8;
        }
        while (i < end && (b[i] & 0xff) < RawString.REF) {
            i++;
        }
        return i;
    }

    /** Whether any byte of the four words is 0xFE or 0xFF (the zero-byte test of {@link #nextMarker}, or-ed). */
    private static boolean anyMarker(long w0, long w1, long w2, long w3) {
        long t0 = ~(w0 | ONES);
        long t1 = ~(w1 | ONES);
        long t2 = ~(w2 | ONES);
        long t3 = ~(w3 | ONES);
        return (((t0 - ONES) & ~t0 | (t1 - ONES) & ~t1 | (t2 - ONES) & ~t2 | (t3 - ONES) & ~t3) & HIGHS) != 0;
    }

    private void keep(byte[] b, int from, int to) {
        int length = carried + (to - from);
        if (used + length > BLOCK) {
            block = new byte[BLOCK];
            blocks.add(block);
            used = 0;
        }
        System.arraycopy(carry, 0, block, used, carried);
        System.arraycopy(b, from, block, used + carried, to - from);
        where.put(entryStart, (long) (blocks.size() - 1) << 40 | (long) used << 16 | length);
        used += length;
    }

    /** The entry at {@code address} without its terminator, or null when it is not a kept one. */
    byte[] get(long address) {
        long v = where.get(address, -1);
        if (v < 0) {
            return null;
        }
        int from = (int) (v >>> 16) & 0xFFFFFF;
        return Arrays.copyOfRange(blocks.get((int) (v >>> 40)), from, from + (int) (v & 0xFFFF));
    }

    int size() {
        return where.size();
    }
}
