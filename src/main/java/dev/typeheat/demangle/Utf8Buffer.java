package dev.typeheat.demangle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer. The demangler writes into it directly, so text copied from the input
 * (identifiers, untouched bytes between symbols) never becomes a {@code String}.
 */
final class Utf8Buffer {
    private byte[] bytes;
    private int length;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    /** Drops everything after the first {@code newLength} bytes. */
    void setLength(int newLength) {
        length = newLength;
    }

    void clear() {
        length = 0;
    }

    private void reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }

    /** One ASCII byte. */
    void append(char ascii) {
        reserve(1);
        bytes[length++] = (byte) ascii;
    }

    void append(byte[] src, int from, int to) {
        int n = to - from;
        reserve(n);
        System.arraycopy(src, from, bytes, length, n);
        length += n;
    }

    /** The decimal digits of {@code v} read as unsigned. */
    static int unsignedDigits(long v) {
        if (v < 0) {
            return 20; // 2^63 and more
        }
        int n = 1;
        for (long x = v; x >= 10; x /= 10) {
            n++;
        }
        return n;
    }

    /** Appends {@code v}, read as unsigned, in decimal. */
    void appendUnsigned(long v) {
        if (v < 0) {
            appendAscii(Long.toUnsignedString(v));
            return;
        }
        int n = unsignedDigits(v);
        reserve(n);
        for (int i = length + n - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += n;
    }

    /** Appends a copy of this buffer's own bytes {@code [from, to)}. */
    void appendOwn(int from, int to) {
        int n = to - from;
        reserve(n);
        System.arraycopy(bytes, from, bytes, length, n);
        length += n;
    }

    /** A string known to be ASCII (the printers' literals): its chars are its bytes. */
    @SuppressWarnings("deprecation")
    void appendAscii(String s) {
        int n = s.length();
        reserve(n);
        s.getBytes(0, n, bytes, length); // copies each char's low byte: exact for ASCII
        length += n;
    }

    void append(String s) {
        int n = s.length();
        reserve(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                appendCodePoints(s, i);
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    private void appendCodePoints(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendCodePoint(cp);
            i += Character.charCount(cp);
        }
    }

    void appendCodePoint(int cp) {
        reserve(4);
        if (cp < 0x80) {
            bytes[length++] = (byte) cp;
        } else if (cp < 0x800) {
            bytes[length++] = (byte) (0xC0 | (cp >> 6));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            bytes[length++] = (byte) (0xE0 | (cp >> 12));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            bytes[length++] = (byte) (0xF0 | (cp >> 18));
            bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
