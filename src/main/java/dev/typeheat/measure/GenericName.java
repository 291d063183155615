package dev.typeheat.measure;

/**
 * A function name with its instantiation removed: generic arguments and crate disambiguators dropped,
 * so all v0-mangled copies of one generic function share a key ({@code core[c1f1]::ptr::drop_in_place::<Foo>}
 * -> {@code core::ptr::drop_in_place}; {@code <Vec<u8> as Drop>::drop} -> {@code <Vec as Drop>::drop}).
 */
public final class GenericName {
    private GenericName() {
    }

    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        int n = name.length();
        while (i < n) {
            char c = name.charAt(i);
            if (c == '[' && i > 0 && isIdent(name.charAt(i - 1))) {
                int close = name.indexOf(']', i);
                if (close > 0 && isHex(name, i + 1, close)) {
                    i = close + 1;
                    continue;
                }
            }
            if (c == '<' && i > 0 && (isIdent(name.charAt(i - 1)) || name.charAt(i - 1) == ':')) {
                int close = matching(name, i);
                if (out.length() >= 2 && out.charAt(out.length() - 1) == ':' && out.charAt(out.length() - 2) == ':') {
                    out.setLength(out.length() - 2); // turbofish ::<..>
                }
                i = close + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && (i == 0 || s.charAt(i - 1) != '-')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return s.length() - 1;
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '}';
    }

    private static boolean isHex(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The crate a function belongs to: the first path segment (of the self type, for {@code <T as Tr>::f}). */
    public static String crateOf(String name) {
        int i = 0;
        while (true) {
            while (i < name.length() && "<&* ([".indexOf(name.charAt(i)) >= 0) {
                i++;
            }
            int skipped = skipPrefixWord(name, i);
            if (skipped == i) {
                break;
            }
            i = skipped;
        }
        int j = i;
        while (j < name.length() && (Character.isLetterOrDigit(name.charAt(j)) || name.charAt(j) == '_')) {
            j++;
        }
        String crate = name.substring(i, j);
        return crate.isEmpty() || !name.startsWith("::", j) && name.indexOf("::", j) < 0 ? "(not a Rust path)" : crate;
    }

    /** Past a reference's or pointer's words ({@code mut }, {@code const }, {@code dyn }, {@code 'a }) at {@code i}. */
    private static int skipPrefixWord(String name, int i) {
        for (String word : new String[] {"mut ", "const ", "dyn ", "impl "}) {
            if (name.startsWith(word, i)) {
                return i + word.length();
            }
        }
        if (i < name.length() && name.charAt(i) == '\'') {
            int space = name.indexOf(' ', i);
            return space > 0 ? space + 1 : i;
        }
        return i;
    }
}
