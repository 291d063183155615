package dev.typeheat.input;


/** Checks one type given as text on the command line and rejects what cannot be a type. */
public final class TypeText {
    private TypeText() {
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
