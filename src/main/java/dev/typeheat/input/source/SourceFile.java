package dev.typeheat.input.source;

import java.util.Arrays;

/**
 * One Rust source file of the crate: its path as rustc prints it (relative to the crate root, with
 * {@code /}) and its text. Offsets are code points, as ANTLR counts them; lines and columns are 1-based
 * and count code points, as rustc's spans do.
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] codePoints;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        this.codePoints = text.codePoints().toArray();
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < codePoints.length; i++) {
            if (codePoints[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Number of code points. */
    public int length() {
        return codePoints.length;
    }

    /** 1-based line of a code point offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column (in code points) of a code point offset. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The code point offset of a 1-based line and column, or -1 when outside the file. */
    public int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return -1;
        }
        int o = lineStarts[line - 1] + column - 1;
        return o <= codePoints.length ? o : -1;
    }

    /** The text between two code point offsets. */
    public String slice(int start, int end) {
        return new String(codePoints, start, end - start);
    }

    /** The text of the line holding {@code offset}, without its line break. */
    public String lineText(int offset) {
        int l = line(offset);
        int start = lineStarts[l - 1];
        int end = l < lineStarts.length ? lineStarts[l] - 1 : codePoints.length;
        if (end > start && codePoints[end - 1] == '\r') {
            end--;
        }
        return slice(start, Math.max(start, end));
    }

    /** The UTF-16 index into {@link #text()} of a code point offset. */
    public int charIndex(int offset) {
        return text.offsetByCodePoints(0, offset);
    }

    @Override
    public String toString() {
        return path;
    }
}
