package dev.typeheat.input;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The start of an input as {@link Formats} sees it: the file's name (null for a stream), the first bytes
 * (decompressed) and, as text, the whole lines among them.
 */
public record Head(String fileName, byte[] bytes, String text, List<String> lines) {
    public static Head of(String fileName, byte[] bytes, boolean whole) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!whole) {
            int lastNewline = text.lastIndexOf('\n');
            if (lastNewline >= 0) {
                text = text.substring(0, lastNewline + 1); // a line cut by the head's end is not judged
            }
        }
        return new Head(fileName, bytes, text, text.lines().toList());
    }

    public static Head of(Input in) {
        return of(in.fileName(), in.head(), in.head().length < Input.HEAD);
    }

    /** For tests and in-memory text. */
    public static Head ofText(String fileName, String text) {
        return of(fileName, text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Whether this head is the whole input and holds only white space (or nothing). */
    public boolean wholeAndBlank() {
        return bytes.length < Input.HEAD && text.isBlank();
    }

    boolean startsWith(byte... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    boolean hasNul() {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The first character that is not white space, or 0. */
    char firstNonBlank() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    boolean find(Pattern p) {
        return p.matcher(text).find();
    }

    /** How many lines match {@code p} (anywhere in the line). */
    int count(Pattern p) {
        int n = 0;
        for (String line : lines) {
            if (p.matcher(line).find()) {
                n++;
            }
        }
        return n;
    }
}
