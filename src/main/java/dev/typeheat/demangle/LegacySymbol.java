package dev.typeheat.demangle;

/**
 * The legacy Rust mangling ({@code _ZN 3foo 3bar 17h0123456789abcdef E}): length-prefixed elements,
 * {@code $LT$}-style escapes, {@code ..} for {@code ::}, and a final {@code h<hex>} hash element.
 */
final class LegacySymbol {
    private final String inner;
    private final int elements;
    /** Index in the symbol just past the closing {@code E}. */
    final int end;

    private LegacySymbol(String inner, int elements, int end) {
        this.inner = inner;
        this.elements = elements;
        this.end = end;
    }

    /** Parses the symbol at the start of {@code s}, or returns null when it is not legacy-mangled. */
    static LegacySymbol parse(String s) {
        int start;
        if (s.length() > 2 && s.startsWith("_ZN")) {
            start = 3;
        } else if (s.length() > 1 && s.startsWith("ZN")) {
            start = 2;
        } else if (s.length() > 3 && s.startsWith("__ZN")) {
            start = 4;
        } else {
            return null;
        }
        for (int k = start; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return null;
            }
        }
        int i = start;
        int elements = 0;
        while (true) {
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c < '0' || c > '9') {
                return null;
            }
            long len = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                len = len * 10 + (s.charAt(i) - '0');
                if (len > Integer.MAX_VALUE) {
                    return null;
                }
                i++;
            }
            if (i + len > s.length()) {
                return null;
            }
            i += (int) len;
            elements++;
        }
        return new LegacySymbol(s.substring(start, i), elements, i + 1);
    }

    void print(StringBuilder out, boolean alternate) {
        int at = 0;
        for (int element = 0; element < elements; element++) {
            int digitsEnd = at;
            while (Character.isDigit(inner.charAt(digitsEnd))) {
                digitsEnd++;
            }
            int len = Integer.parseInt(inner, at, digitsEnd, 10);
            int identEnd = digitsEnd + len;
            if (alternate && element + 1 == elements && isRustHash(inner, digitsEnd, identEnd)) {
                break;
            }
            if (element != 0) {
                out.append("::");
            }
            unescape(inner, digitsEnd, identEnd, out);
            at = identEnd;
        }
    }

    private static boolean isRustHash(String s, int from, int to) {
        if (to <= from || s.charAt(from) != 'h') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code s[from, to)} with the escapes resolved; an unknown escape ends the decoding (the rest is raw). */
    private static void unescape(String s, int from, int to, StringBuilder out) {
        int i = from;
        if (to - from >= 2 && s.charAt(from) == '_' && s.charAt(from + 1) == '$') {
            i++;
        }
        while (i < to) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i + 1 < to && s.charAt(i + 1) == '.') {
                    out.append("::");
                    i += 2;
                } else {
                    out.append('.');
                    i++;
                }
            } else if (c == '$') {
                int end = s.indexOf('$', i + 1);
                if (end < 0 || end >= to) {
                    break;
                }
                String plain = unescapeOne(s.substring(i + 1, end));
                if (plain == null) {
                    break;
                }
                out.append(plain);
                i = end + 1;
            } else {
                int j = i;
                while (j < to && s.charAt(j) != '$' && s.charAt(j) != '.') {
                    j++;
                }
                out.append(s, i, j);
                i = j;
            }
        }
        out.append(s, i, to);
    }

    private static String unescapeOne(String escape) {
        switch (escape) {
            case "SP": return "@";
            case "BP": return "*";
            case "RF": return "&";
            case "LT": return "<";
            case "GT": return ">";
            case "LP": return "(";
            case "RP": return ")";
            case "C": return ",";
            default:
                if (!escape.startsWith("u") || escape.length() < 2) {
                    return null;
                }
                String digits = escape.substring(1);
                for (int i = 0; i < digits.length(); i++) {
                    char c = digits.charAt(i);
                    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                        return null;
                    }
                }
                if (digits.length() > 8) {
                    return null;
                }
                long cp = Long.parseLong(digits, 16);
                if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF) || Character.isISOControl((int) cp)) {
                    return null;
                }
                return new String(Character.toChars((int) cp));
        }
    }

}
