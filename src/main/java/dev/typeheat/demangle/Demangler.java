package dev.typeheat.demangle;

/**
 * Demangles Rust symbols, legacy ({@code _ZN..E}) and v0 ({@code _R..}), like rustc-demangle: with hashes
 * and crate disambiguators ({@code {}}) or without ({@code {:#}}). A ThinLTO {@code .llvm.<hex>} suffix is
 * dropped first; other {@code .}-suffixes that look like symbol text are kept after the demangled name.
 * Output is capped at {@link #MAX_SIZE} bytes; nesting at 500 levels.
 */
public final class Demangler {
    public static final int MAX_SIZE = 1_000_000;

    private Demangler() {
    }

    /** The demangled text, or null when {@code symbol} is not a Rust symbol. */
    public static String demangle(String symbol, boolean includeHash) {
        StringBuilder sb = new StringBuilder();
        return demangleTo(symbol, includeHash, sb) ? sb.toString() : null;
    }

    /** The demangled text, or the input itself (minus a ThinLTO suffix) when it is no Rust symbol — rustc-demangle's Display. */
    public static String demangleOrKeep(String symbol, boolean includeHash) {
        StringBuilder sb = new StringBuilder();
        demangleTo(symbol, includeHash, sb);
        return sb.toString();
    }

    /**
     * Appends the demangled form of {@code symbol} (or, when it is no Rust symbol, the symbol as
     * rustc-demangle would print it) and says whether it was one.
     */
    static boolean demangleTo(String symbol, boolean includeHash, StringBuilder out) {
        String s = stripLlvmSuffix(symbol);
        boolean alternate = !includeHash;
        String suffix;
        LegacySymbol legacy = LegacySymbol.parse(s);
        int start = out.length();
        if (legacy != null) {
            suffix = s.substring(legacy.end);
            if (!validSuffix(suffix)) {
                out.append(s);
                return false;
            }
            legacy.print(out, alternate);
        } else {
            int inner = v0Start(s);
            if (inner < 0) {
                out.append(s);
                return false;
            }
            // One pass prints and validates; what follows the path must be an instantiating crate or a suffix.
            V0Printer printer = new V0Printer(s, inner, out, alternate, start + (long) MAX_SIZE);
            try {
                printer.printPath(true);
            } catch (V0Printer.SizeLimit e) {
                return printTooLong(s, inner, alternate, start, out);
            }
            if (!printer.failed() && printer.position() < s.length() && isUpper(s.charAt(printer.position()))) {
                printer.skipPath();
            }
            suffix = printer.failed() ? null : s.substring(printer.position());
            if (suffix == null || !validSuffix(suffix)) {
                out.setLength(start);
                out.append(s);
                return false;
            }
        }
        out.append(suffix);
        return true;
    }

    /** A symbol whose printing hit the size cap: validate it without printing, then print up to the cap. */
    private static boolean printTooLong(String s, int inner, boolean alternate, int start, StringBuilder out) {
        out.setLength(start);
        V0Printer check = new V0Printer(s, inner, null, alternate, MAX_SIZE);
        check.printPath(false);
        if (!check.failed() && check.position() < s.length() && isUpper(s.charAt(check.position()))) {
            check.printPath(false);
        }
        String suffix = check.failed() ? null : s.substring(check.position());
        if (suffix == null || !validSuffix(suffix)) {
            out.append(s);
            return false;
        }
        try {
            new V0Printer(s, inner, out, alternate, start + (long) MAX_SIZE).printPath(true);
        } catch (V0Printer.SizeLimit e) {
            out.append("{size limit reached}");
        }
        out.append(suffix);
        return true;
    }

    private static boolean validSuffix(String suffix) {
        return suffix.isEmpty() || (suffix.startsWith(".") && isSymbolLike(suffix));
    }

    /** Where the v0 path starts after the prefix ({@code _R}, {@code R}, {@code __R}), or -1. */
    private static int v0Start(String s) {
        int inner;
        if (s.length() > 2 && s.startsWith("_R")) {
            inner = 2;
        } else if (s.length() > 1 && s.startsWith("R")) {
            inner = 1;
        } else if (s.length() > 3 && s.startsWith("__R")) {
            inner = 3;
        } else {
            return -1;
        }
        if (!isUpper(s.charAt(inner))) {
            return -1;
        }
        for (int i = inner; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return -1;
            }
        }
        return inner;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** ThinLTO appends {@code .llvm.} and uppercase hex (or {@code @}): dropped before demangling. */
    static String stripLlvmSuffix(String s) {
        int i = s.indexOf(".llvm.");
        if (i < 0) {
            return s;
        }
        for (int k = i + 6; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!((c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') || c == '@')) {
                return s;
            }
        }
        return s.substring(0, i);
    }

    private static boolean isSymbolLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean punct = c >= 0x21 && c <= 0x7e && !alnum;
            if (!alnum && !punct) {
                return false;
            }
        }
        return true;
    }
}
