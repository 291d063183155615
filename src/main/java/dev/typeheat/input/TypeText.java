package dev.typeheat.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads one type given as text (an argument, stdin or a file) and rejects what cannot be a type. */
public final class TypeText {
    private TypeText() {
    }

    /** Reads and checks all of {@code in}: strict UTF-8, no NUL bytes, not blank. */
    public static String read(InputStream in, String where) {
        byte[] bytes;
        try (InputStream s = in) {
            bytes = s.readAllBytes();
        } catch (IOException e) {
            throw new InputException(where, "cannot read: " + e.getMessage());
        }
        return check(decode(bytes, where), where);
    }

    /** Checks text that is already a string (a command-line argument). */
    public static String check(String text, String where) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            long[] lc = lineColumn(text, nul);
            throw new InputException(where, lc[0], lc[1], "binary data (a NUL byte), not a Rust type");
        }
        if (text.isBlank()) {
            throw new InputException(where, "empty input: expected a Rust type or symbol");
        }
        return text;
    }

    private static String decode(byte[] bytes, String where) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer src = ByteBuffer.wrap(bytes);
        CharBuffer dst = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(src, dst, true);
        if (r.isError()) {
            int at = src.position();
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            long[] lc = lineColumn(before, before.length());
            throw new InputException(where, lc[0], lc[1],
                    "invalid UTF-8 (byte 0x" + String.format("%02x", bytes[at] & 0xff) + " at offset " + at + ")");
        }
        try {
            decoder.flush(dst);
        } catch (IllegalStateException e) {
            throw new InputException(where, "invalid UTF-8");
        }
        dst.flip();
        return dst.toString();
    }

    /** 1-based line and column of a char offset. */
    public static long[] lineColumn(String text, int offset) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, offset - lineStart + 1};
    }

}
