package dev.typeheat.demangle;

/**
 * The legacy Rust mangling ({@code _ZN 3foo 3bar 17h0123456789abcdef E}): length-prefixed elements,
 * {@code $LT$}-style escapes, {@code ..} for {@code ::}, and a final {@code h<hex>} hash element.
 * Works on the symbol's bytes in place; nothing is allocated for an ordinary symbol.
 */
final class LegacySymbol {
    private LegacySymbol() {
    }

    /** Where the elements start after the prefix ({@code _ZN}, {@code ZN}, {@code __ZN}), or -1. */
    static int innerStart(byte[] s, int from, int to) {
        int n = to - from;
        if (n > 2 && s[from] == '_' && s[from + 1] == 'Z' && s[from + 2] == 'N') {
            return from + 3;
        }
        if (n > 1 && s[from] == 'Z' && s[from + 1] == 'N') {
            return from + 2;
        }
        if (n > 3 && s[from] == '_' && s[from + 1] == '_' && s[from + 2] == 'Z' && s[from + 3] == 'N') {
            return from + 4;
        }
        return -1;
    }

    /**
     * The index of the closing {@code E} of the elements starting at {@code inner}, or -1 when they are
     * not well-formed (a length that runs past the end, a non-digit where a length belongs).
     */
    static int closingE(byte[] s, int inner, int to) {
        int i = inner;
        while (true) {
            if (i >= to) {
                return -1;
            }
            byte c = s[i];
            if (c == 'E') {
                return i;
            }
            if (c < '0' || c > '9') {
                return -1;
            }
            long len = 0;
            while (i < to && s[i] >= '0' && s[i] <= '9') {
                len = len * 10 + (s[i] - '0');
                if (len > Integer.MAX_VALUE) {
                    return -1;
                }
                i++;
            }
            if (i + len > to) {
                return -1;
            }
            i += (int) len;
        }
    }

    /**
     * Prints the elements in {@code s[inner, closingE)}, joined by {@code ::}; {@code alternate} drops the hash.
     * Like rustc-demangle, text is written in runs (between escapes and dots); a run that would take the output
     * past {@code limit} bytes is not written and {@link V0Printer.SizeLimit} is thrown.
     */
    static void print(byte[] s, int inner, int closingE, Limited out, boolean alternate) {
        int at = inner;
        boolean first = true;
        while (at < closingE) {
            int digitsEnd = at;
            int len = 0;
            while (s[digitsEnd] >= '0' && s[digitsEnd] <= '9') {
                len = len * 10 + (s[digitsEnd] - '0');
                digitsEnd++;
            }
            int identEnd = digitsEnd + len;
            if (alternate && identEnd == closingE && isRustHash(s, digitsEnd, identEnd)) {
                break;
            }
            if (!first) {
                out.ascii("::");
            }
            first = false;
            unescape(s, digitsEnd, identEnd, out);
            at = identEnd;
        }
    }

    private static boolean isRustHash(byte[] s, int from, int to) {
        if (to <= from || s[from] != 'h') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.digit(s[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code s[from, to)} with the escapes resolved; an unknown escape ends the decoding (the rest is raw). */
    private static void unescape(byte[] s, int from, int to, Limited out) {
        int i = from;
        if (to - from >= 2 && s[from] == '_' && s[from + 1] == '$') {
            i++;
        }
        while (i < to) {
            byte c = s[i];
            if (c == '.') {
                if (i + 1 < to && s[i + 1] == '.') {
                    out.ascii("::");
                    i += 2;
                } else {
                    out.ascii(".");
                    i++;
                }
            } else if (c == '$') {
                int end = i + 1;
                while (end < to && s[end] != '$') {
                    end++;
                }
                if (end >= to || !appendEscape(s, i + 1, end, out)) {
                    break;
                }
                i = end + 1;
            } else {
                int j = i;
                while (j < to && s[j] != '$' && s[j] != '.') {
                    j++;
                }
                if (j == to) {
                    break; // the last run is written with the rest, as one piece
                }
                out.bytes(s, i, j);
                i = j;
            }
        }
        out.bytes(s, i, to);
    }

    /** Appends what the escape {@code $s[from, to)$} stands for, or returns false when it is no known escape. */
    private static boolean appendEscape(byte[] s, int from, int to, Limited out) {
        int n = to - from;
        if (n == 1 && s[from] == 'C') {
            out.ascii(",");
            return true;
        }
        if (n == 2) {
            char plain = twoLetterEscape(s[from], s[from + 1]);
            if (plain != 0) {
                out.asciiChar(plain);
                return true;
            }
        }
        if (n < 2 || s[from] != 'u') {
            return false;
        }
        int cp = 0;
        for (int i = from + 1; i < to; i++) {
            byte c = s[i];
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = 10 + c - 'a';
            } else {
                return false;
            }
            cp = cp * 16 + d;
            if (cp > Character.MAX_CODE_POINT) {
                return false; // checked per digit, so leading zeros are fine and nothing overflows
            }
        }
        if ((cp >= 0xD800 && cp <= 0xDFFF) || Character.isISOControl(cp)) {
            return false;
        }
        out.codePoint(cp);
        return true;
    }

    /** A {@link Utf8Buffer} that takes whole pieces only while they fit under a size limit. */
    static final class Limited {
        private final Utf8Buffer out;
        private final long limit;

        Limited(Utf8Buffer out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        void ascii(String s) {
            fits(s.length());
            out.appendAscii(s);
        }

        void asciiChar(char c) {
            fits(1);
            out.append(c);
        }

        void bytes(byte[] s, int from, int to) {
            fits(to - from);
            out.append(s, from, to);
        }

        void codePoint(int cp) {
            fits(cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
            out.appendCodePoint(cp);
        }

        private void fits(int n) {
            if (out.length() + (long) n > limit) {
                throw V0Printer.SizeLimit.INSTANCE;
            }
        }
    }

    private static char twoLetterEscape(byte a, byte b) {
        switch (a << 8 | b) {
            case 'S' << 8 | 'P': return '@';
            case 'B' << 8 | 'P': return '*';
            case 'R' << 8 | 'F': return '&';
            case 'L' << 8 | 'T': return '<';
            case 'G' << 8 | 'T': return '>';
            case 'L' << 8 | 'P': return '(';
            case 'R' << 8 | 'P': return ')';
            default: return 0;
        }
    }
}
