package dev.typeheat.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The compressed bytes of a zstd file with each frame's content checksum taken out (its flag cleared in the
 * frame header, its 4 bytes dropped after the last block), for a decompressor that then does not compute it:
 * for a file read again after one whole pass checked it (an XXH64 of every decompressed byte is a tenth of
 * decompressing a profile, and a pass that stops early never reaches the checksum anyway). Follows the frame
 * format of RFC 8878: skippable frames pass unchanged; bytes that are no frame pass unchanged from there on,
 * for the decompressor to refuse.
 */
final class ZstdWithoutChecksums extends FilterInputStream {
    private static final int MAGIC = 0xFD2FB528;
    private static final int CHECKSUM_FLAG = 1 << 2;

    private enum Next { FRAME, BLOCK, CHECKSUM, REST }

    private Next next = Next.FRAME;
    /** A header read ahead, to be handed on from {@link #headAt}. */
    private final byte[] head = new byte[18];
    private int headLength;
    private int headAt;
    /** Bytes that pass unchanged before the next header (a block's content, a skippable frame's). */
    private long body;
    private boolean checksummed;

    ZstdWithoutChecksums(InputStream compressed) {
        super(compressed);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (headAt < headLength) {
                int k = Math.min(len - n, headLength - headAt);
                System.arraycopy(head, headAt, b, off + n, k);
                headAt += k;
                n += k;
            } else if (body > 0) {
                int r = in.read(b, off + n, (int) Math.min(len - n, body));
                if (r < 0) {
                    break;
                }
                body -= r;
                n += r;
            } else if (!readHeader()) {
                break;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Reads what comes next (a frame header, a block header, a checksum to drop); false at the end. */
    private boolean readHeader() throws IOException {
        headAt = 0;
        headLength = 0;
        switch (next) {
            case FRAME -> {
                if (!fill(4)) {
                    return headLength > 0;
                }
                int magic = littleEndian(0, 4);
                if (magic == MAGIC) {
                    if (!fill(1)) {
                        return true;
                    }
                    int descriptor = head[4] & 0xff;
                    checksummed = (descriptor & CHECKSUM_FLAG) != 0;
                    head[4] = (byte) (descriptor & ~CHECKSUM_FLAG);
                    fill(frameHeaderRest(descriptor));
                    next = Next.BLOCK;
                } else if ((magic & 0xFFFFFFF0) == 0x184D2A50) { // skippable: its size, then its bytes
                    if (fill(4)) {
                        body = littleEndian(4, 4) & 0xFFFFFFFFL;
                    }
                } else {
                    next = Next.REST;
                }
            }
            case BLOCK -> {
                if (!fill(3)) {
                    return headLength > 0;
                }
                int header = littleEndian(0, 3);
                int type = (header >>> 1) & 3;
                int size = header >>> 3;
                boolean lastBlock = (header & 1) != 0;
                if (type == 3) { // reserved: the decompressor says what is wrong
                    next = Next.REST;
                    return true;
                }
                body = type == 1 ? 1 : size; // an RLE block stores one byte
                next = lastBlock ? (checksummed ? Next.CHECKSUM : Next.FRAME) : Next.BLOCK;
            }
            case CHECKSUM -> {
                in.readNBytes(head, 0, 4); // dropped
                next = Next.FRAME;
                return readHeader();
            }
            case REST -> body = Long.MAX_VALUE;
        }
        return true;
    }

    /** Bytes of the frame header after its descriptor: window, dictionary id, content size. */
    private static int frameHeaderRest(int descriptor) {
        boolean singleSegment = (descriptor & 0x20) != 0;
        int dictionaryId = new int[] {0, 1, 2, 4}[descriptor & 3];
        int sizeFlag = descriptor >>> 6;
        int contentSize = sizeFlag == 0 ? (singleSegment ? 1 : 0) : 1 << sizeFlag;
        return (singleSegment ? 0 : 1) + dictionaryId + contentSize;
    }

    /** Reads {@code n} more bytes into the header; false when the input ends first (what was read is kept). */
    private boolean fill(int n) throws IOException {
        int got = in.readNBytes(head, headLength, n);
        headLength += got;
        return got == n;
    }

    private int littleEndian(int from, int n) {
        int v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | head[from + i] & 0xff;
        }
        return v;
    }

    /** Skipped by reading: the frames must be followed through. */
    @Override
    public long skip(long n) throws IOException {
        byte[] b = new byte[(int) Math.max(1, Math.min(n, 8192))];
        long left = n;
        while (left > 0) {
            int r = read(b, 0, (int) Math.min(left, b.length));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }

    /** The header read ahead and the content that follows it unchanged, as far as the input has it at hand. */
    @Override
    public int available() throws IOException {
        return headLength - headAt + (int) Math.min(body, in.available());
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
