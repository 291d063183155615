package dev.typeheat.types;

/**
 * Character-level facts about brackets in type text, shared by the repair pass and the folder:
 * which characters open and close groups, and which quoted literals to step over. It follows the
 * lexer's rules ({@code ->} and {@code =>} are arrows, strings, char literals and {@code '{erased}}
 * hide their brackets).
 */
final class BracketScanner {
    /** Inserted where rustc's text was cut; lexes as an elision. */
    static final String ELISION = "\u2026";
    /** Starts a placeholder token; never left in cleaned input. */
    static final char PLACEHOLDER_MARK = '\uE000';

    private BracketScanner() {
    }

    static boolean isOpener(char c) {
        return c == '<' || c == '(' || c == '[' || c == '{';
    }

    static char closerOf(char open) {
        switch (open) {
            case '<': return '>';
            case '(': return ')';
            case '[': return ']';
            default: return '}';
        }
    }

    /** True when {@code s[i]} closes a group ({@code >} of an arrow does not). */
    static boolean isCloser(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == ')' || c == ']' || c == '}') {
            return true;
        }
        if (c != '>') {
            return false;
        }
        return i == 0 || (s.charAt(i - 1) != '-' && s.charAt(i - 1) != '=');
    }

    /**
     * If a string literal, char literal or brace lifetime ({@code '{erased}}) starts at {@code i},
     * returns the index just past it; otherwise -1.
     */
    static int literalEnd(CharSequence s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '"') {
            for (int j = i + 1; j < n; j++) {
                char d = s.charAt(j);
                if (d == '\\') {
                    j++;
                } else if (d == '"') {
                    return j + 1;
                }
            }
            return -1;
        }
        if (c != '\'' || i + 1 >= n) {
            return -1;
        }
        char d = s.charAt(i + 1);
        if (d == '\\') {
            int j = i + 3;
            while (j < n && isEscapeTail(s.charAt(j))) {
                j++;
            }
            return j < n && s.charAt(j) == '\'' ? j + 1 : -1;
        }
        if (d != '\'' && d != '\n' && d != '\r') {
            int after = i + 1 + Character.charCount(Character.codePointAt(s, i + 1));
            if (after < n && s.charAt(after) == '\'') {
                return after + 1;
            }
        }
        if (d == '{') {
            int j = i + 2;
            while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == ' ')) {
                j++;
            }
            return j < n && s.charAt(j) == '}' ? j + 1 : -1;
        }
        return -1;
    }

    private static boolean isEscapeTail(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '{' || c == '}';
    }

    /** The repaired text and whether anything had to be repaired. */
    record Repaired(String text, boolean damaged) {
    }

    /**
     * Balances brackets so the grammar sees whole groups: a closer that matches an outer group closes the
     * groups in between, a closer that matches nothing is blanked, and groups still open at the end are
     * closed. Each forced close is preceded by an elision mark, so the cut shows as a truncated node
     * exactly where the text stopped. The placeholder character is replaced so input cannot forge one.
     */
    static Repaired repair(String in) {
        int n = in.length();
        StringBuilder out = null;
        char[] stack = new char[64];
        int sp = 0;
        boolean damaged = false;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '"' || c == '\'') {
                int end = literalEnd(in, i);
                if (end > 0) {
                    if (out != null) {
                        out.append(in, i, end);
                    }
                    i = end - 1;
                    continue;
                }
            }
            if (c == PLACEHOLDER_MARK) {
                out = started(out, in, i);
                out.append('\uFFFD');
                continue;
            }
            if (isOpener(c)) {
                if (sp == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, sp * 2);
                }
                stack[sp++] = closerOf(c);
            } else if (isCloser(in, i)) {
                if (sp > 0 && stack[sp - 1] == c) {
                    sp--;
                } else {
                    damaged = true;
                    out = started(out, in, i);
                    if (contains(stack, sp, c)) {
                        appendElision(out);
                        while (stack[sp - 1] != c) {
                            out.append(stack[--sp]);
                        }
                        sp--;
                        out.append(c);
                    } else {
                        out.append(' ');
                    }
                    continue;
                }
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (sp > 0) {
            damaged = true;
            out = started(out, in, n);
            appendElision(out);
            while (sp > 0) {
                out.append(stack[--sp]);
            }
        }
        return new Repaired(out == null ? in : out.toString(), damaged);
    }

    private static StringBuilder started(StringBuilder out, String in, int upTo) {
        if (out != null) {
            return out;
        }
        StringBuilder sb = new StringBuilder(in.length() + 16);
        sb.append(in, 0, upTo);
        return sb;
    }

    private static boolean contains(char[] stack, int sp, char c) {
        for (int k = sp - 1; k >= 0; k--) {
            if (stack[k] == c) {
                return true;
            }
        }
        return false;
    }

    private static void appendElision(StringBuilder out) {
        int k = out.length() - 1;
        while (k >= 0 && Character.isWhitespace(out.charAt(k))) {
            k--;
        }
        char last = k >= 0 ? out.charAt(k) : '<';
        out.append(isOpener(last) || last == ',' ? ELISION : ", " + ELISION);
    }
}
