package dev.typeheat.demangle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
        if (!isAscii(symbol)) {
            return null; // Rust symbols are ASCII
        }
        byte[] bytes = symbol.getBytes(StandardCharsets.ISO_8859_1);
        Utf8Buffer out = new Utf8Buffer(bytes.length * 2);
        return demangleTo(bytes, 0, bytes.length, includeHash, out) ? out.toString() : null;
    }

    /** The demangled text, or the input itself (minus a ThinLTO suffix) when it is no Rust symbol — rustc-demangle's Display. */
    public static String demangleOrKeep(String symbol, boolean includeHash) {
        String demangled = demangle(symbol, includeHash);
        return demangled != null ? demangled : stripLlvmSuffix(symbol);
    }

    /**
     * Appends the demangled form of {@code sym[from, to)} to {@code out} (or, when it is no Rust symbol,
     * the symbol as rustc-demangle would print it) and says whether it was one. The bytes must be ASCII
     * (both callers know it: Rust symbols are ASCII, and the parsers do not check it again per symbol).
     */
    static boolean demangleTo(byte[] sym, int from, int to, boolean includeHash, Utf8Buffer out) {
        int end = withoutLlvmSuffix(sym, from, to);
        boolean alternate = !includeHash;
        int start = out.length();
        int suffixFrom;
        int legacyInner = LegacySymbol.innerStart(sym, from, end);
        int closingE = legacyInner < 0 ? -1 : LegacySymbol.closingE(sym, legacyInner, end);
        if (closingE >= 0) {
            suffixFrom = closingE + 1;
            if (!validSuffix(sym, suffixFrom, end)) {
                out.append(sym, from, end);
                return false;
            }
            try {
                LegacySymbol.print(sym, legacyInner, closingE, new LegacySymbol.Limited(out, start + (long) MAX_SIZE),
                        alternate);
            } catch (V0Printer.SizeLimit e) {
                out.appendAscii("{size limit reached}"); // what fitted stays, as rustc-demangle's Display leaves it
            }
        } else {
            int inner = v0Start(sym, from, end);
            if (inner < 0) {
                out.append(sym, from, end);
                return false;
            }
            // One pass prints and validates; what follows the path must be an instantiating crate or a suffix.
            V0Printer printer = new V0Printer(sym, inner, end, out, alternate, start + (long) MAX_SIZE);
            try {
                printer.printPath(true);
            } catch (V0Printer.SizeLimit e) {
                return printTooLong(sym, from, inner, end, alternate, start, out);
            }
            if (!printer.failed() && printer.position() < end && isUpper(sym[printer.position()])) {
                printer.skipPath();
            }
            // Some errors only printing finds (a lifetime index out of range): rustc-demangle validates
            // without printing, so such a symbol still demangles, with the error marked in place.
            suffixFrom = printer.failed() ? validatedEnd(sym, inner, end) : printer.position();
            if (suffixFrom < 0 || !validSuffix(sym, suffixFrom, end)) {
                out.setLength(start);
                out.append(sym, from, end);
                return false;
            }
        }
        out.append(sym, suffixFrom, end);
        return true;
    }

    /** A symbol whose printing hit the size cap: validate it without printing, then print up to the cap. */
    private static boolean printTooLong(byte[] sym, int from, int inner, int end, boolean alternate, int start,
            Utf8Buffer out) {
        out.setLength(start);
        int suffixFrom = validatedEnd(sym, inner, end);
        if (suffixFrom < 0 || !validSuffix(sym, suffixFrom, end)) {
            out.append(sym, from, end);
            return false;
        }
        try {
            new V0Printer(sym, inner, end, out, alternate, start + (long) MAX_SIZE).printPath(true);
        } catch (V0Printer.SizeLimit e) {
            out.append("{size limit reached}");
        }
        out.append(sym, suffixFrom, end);
        return true;
    }

    /**
     * rustc-demangle's check of a v0 symbol: its path and instantiating crate parse (without printing,
     * so backrefs are not followed). Returns where they end, or -1.
     */
    private static int validatedEnd(byte[] sym, int inner, int end) {
        V0Printer check = new V0Printer(sym, inner, end, null, true, MAX_SIZE);
        check.printPath(false);
        if (!check.failed() && check.position() < end && isUpper(sym[check.position()])) {
            check.printPath(false);
        }
        return check.failed() ? -1 : check.position();
    }

    /** Nothing, or {@code .} followed by printable ASCII (LLVM's {@code .cold}, {@code .0} and the like). */
    private static boolean validSuffix(byte[] s, int from, int to) {
        if (from == to) {
            return true;
        }
        if (s[from] != '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s[i] < 0x21 || s[i] > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Where the v0 path starts after the prefix ({@code _R}, {@code R}, {@code __R}), or -1. */
    private static int v0Start(byte[] s, int from, int to) {
        int n = to - from;
        int inner;
        if (n > 2 && s[from] == '_' && s[from + 1] == 'R') {
            inner = from + 2;
        } else if (n > 1 && s[from] == 'R') {
            inner = from + 1;
        } else if (n > 3 && s[from] == '_' && s[from + 1] == '_' && s[from + 2] == 'R') {
            inner = from + 3;
        } else {
            return -1;
        }
        return isUpper(s[inner]) ? inner : -1;
    }

    private static boolean isUpper(byte c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static final byte[] LLVM_SUFFIX = ".llvm.".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * ThinLTO appends {@code .llvm.} and uppercase hex (or {@code @}): dropped before demangling. As in
     * rustc-demangle, only the first {@code .llvm.} counts; read from the end, which for nearly every symbol
     * stops at once (a legacy hash's lowercase hex, a v0 path's letters): no scan of the whole symbol.
     */
    private static int withoutLlvmSuffix(byte[] s, int from, int to) {
        int k = to;
        while (k > from && isLlvmSuffixByte(s[k - 1])) {
            k--;
        }
        int i = k - LLVM_SUFFIX.length;
        if (i < from || !startsWith(s, i, LLVM_SUFFIX)) {
            return to;
        }
        return indexOfLlvmSuffix(s, from, to) == i ? i : to; // an earlier .llvm. leaves letters after it
    }

    /** How far the scan for {@code .llvm.} moves on after each byte value at the end of its window. */
    private static final byte[] LLVM_SHIFT = new byte[256];

    static {
        Arrays.fill(LLVM_SHIFT, (byte) LLVM_SUFFIX.length);
        for (int k = 0; k < LLVM_SUFFIX.length - 1; k++) {
            LLVM_SHIFT[LLVM_SUFFIX[k] & 0xff] = (byte) (LLVM_SUFFIX.length - 1 - k);
        }
    }

    /**
     * Where {@code .llvm.} first occurs in {@code s[from, to)}, or -1. It skips ahead by the byte at the end
     * of each window (Horspool), looking at about one byte in five: a suffixed symbol is scanned whole, and
     * the warp app's legacy nm dump has 659 of them, 2.2 MB in all.
     */
    private static int indexOfLlvmSuffix(byte[] s, int from, int to) {
        int last = LLVM_SUFFIX.length - 1;
        for (int i = from; i + last < to; i += LLVM_SHIFT[s[i + last] & 0xff]) {
            if (s[i + last] == '.' && startsWith(s, i, LLVM_SUFFIX)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLlvmSuffixByte(byte c) {
        return (c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') || c == '@';
    }

    private static boolean startsWith(byte[] s, int at, byte[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (s[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
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
}
