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

    private static boolean isRustHash(String s) {
        if (!s.startsWith("h")) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    void print(StringBuilder out, boolean alternate) {
        String rest = inner;
        for (int element = 0; element < elements; element++) {
            int digits = 0;
            while (Character.isDigit(rest.charAt(digits))) {
                digits++;
            }
            int len = Integer.parseInt(rest.substring(0, digits));
            String ident = rest.substring(digits, digits + len);
            rest = rest.substring(digits + len);
            if (alternate && element + 1 == elements && isRustHash(ident)) {
                break;
            }
            if (element != 0) {
                out.append("::");
            }
            unescape(ident, out);
        }
    }

    private static void unescape(String ident, StringBuilder out) {
        String rest = ident.startsWith("_$") ? ident.substring(1) : ident;
        while (true) {
            if (rest.startsWith(".")) {
                if (rest.startsWith("..")) {
                    out.append("::");
                    rest = rest.substring(2);
                } else {
                    out.append('.');
                    rest = rest.substring(1);
                }
            } else if (rest.startsWith("$")) {
                int end = rest.indexOf('$', 1);
                if (end < 0) {
                    break;
                }
                String escape = rest.substring(1, end);
                String after = rest.substring(end + 1);
                String plain = unescapeOne(escape);
                if (plain == null) {
                    break;
                }
                out.append(plain);
                rest = after;
            } else {
                int i = indexOfDollarOrDot(rest);
                if (i < 0) {
                    break;
                }
                out.append(rest, 0, i);
                rest = rest.substring(i);
            }
        }
        out.append(rest);
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

    private static int indexOfDollarOrDot(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' || c == '.') {
                return i;
            }
        }
        return -1;
    }
}
