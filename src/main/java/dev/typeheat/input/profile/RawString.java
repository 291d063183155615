package dev.typeheat.input.profile;

import java.util.Arrays;

/**
 * Collects one string-table entry as it is stored: literal UTF-8 runs and 9-byte references (0xFE and a
 * string id), up to its 0xFF terminator, from chunks of the string-data stream (an entry may cross pages).
 */
final class RawString {
    static final int TERMINATOR = 0xFF;
    static final int REF = 0xFE;
    /** No real entry comes near this; a damaged file without terminators must not fill the heap. */
    static final int MAX_LENGTH = 256 << 20;

    private byte[] bytes = new byte[32];
    private int length;
    private int refBytesLeft;
    private boolean done;

    /** Consumes {@code b[from..to)} up to and including the terminator; returns how many bytes were taken. */
    int feed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (refBytesLeft > 0) {
                int k = Math.min(refBytesLeft, to - i);
                append(b, i, k);
                refBytesLeft -= k;
                i += k;
                continue;
            }
            int j = i;
            while (j < to && (b[j] & 0xff) < REF) {
                j++;
            }
            append(b, i, j - i);
            i = j;
            if (i == to) {
                break;
            }
            if ((b[i] & 0xff) == TERMINATOR) {
                done = true;
                return i + 1 - from;
            }
            append(b, i, 1);
            refBytesLeft = 8;
            i++;
        }
        return i - from;
    }

    boolean done() {
        return done;
    }

    /** The entry without its terminator. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, length);
    }

    int length() {
        return length;
    }

    private void append(byte[] b, int from, int n) {
        if (n == 0) {
            return;
        }
        if (length + n > bytes.length) {
            if ((long) length + n > MAX_LENGTH) {
                throw new IllegalStateException("string longer than " + MAX_LENGTH + " bytes");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_LENGTH, Math.max((long) bytes.length * 2, (long) length + n)));
        }
        System.arraycopy(b, from, bytes, length, n);
        length += n;
    }
}
