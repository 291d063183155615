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
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long TWOS = 0x0202020202020202L;
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
     * markers for kilobytes, nearly all of it ASCII: 64 bytes are tested at once for any byte with its high bit
     * set (eight ORs), and only such a block is searched for a marker, 8 bytes at a time (on this machine: about
     * 20 GB/s; testing every 32 bytes for a marker ran at 8-12 GB/s).
     */
    private static int nextMarker(byte[] b, int i, int end) {
        while (i + 64 <= end) {
            long any = (long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8) | (long) LONGS.get(b, i + 16)
                    | (long) LONGS.get(b, i + 24) | (long) LONGS.get(b, i + 32) | (long) LONGS.get(b, i + 40)
                    | (long) LONGS.get(b, i + 48) | (long) LONGS.get(b, i + 56);
            if ((any & HIGHS) != 0) {
                for (int k = i; k < i + 64; k += 8) {
                    long m = markers((long) LONGS.get(b, k));
                    if (m != 0) {
                        return k + (Long.numberOfTrailingZeros(m) >>> 3);
                    }
                }
            }
            i += 64;
        }
        while (i + 8 <= end) {
            long m = markers((long) LONGS.get(b, i));
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
            i += 8;
        }
        while (i < end && (b[i] & 0xff) < RawString.REF) {
            i++;
        }
        return i;
    }

    /**
     * The high bit of each byte of {@code w} that is 0xFE or 0xFF: such a byte has its high bit set and its low
     * seven bits at 0x7E or more, so adding 2 to them carries into bit 7 (and never into the next byte).
     */
    private static long markers(long w) {
        return ((w & LOWS) + TWOS) & w & HIGHS;
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
