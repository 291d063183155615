package dev.typeheat.input;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats typeheat recognises, in the order they are tried: the first whose test holds on an input's
 * head (its first 16 KiB, decompressed) names it. Binary and structured formats come first, then text
 * formats from the most specific marks to the loosest (type text last), so a type that mentions
 * {@code MAX_RETRIES} is not a symbol list and an error log that quotes a table is still an error log.
 * A few formats are recognised only to be skipped with a reason (scripts, executables, binary data).
 */
public final class Formats {
    private static final Pattern LONG_TYPE_NAME = Pattern.compile(".*\\.long-type(-\\d+)?\\.txt(\\.gz|\\.zst)?$");
    private static final Pattern IR = Pattern.compile("(?m)^(; ModuleID = |define |declare |target triple = )");
    // (?m) patterns match at every line start: indentation is \h (spaces and tabs), never \s, which would run
    // on across the following lines and make a head of blank lines cost quadratic time
    private static final Pattern LLVM_LINES_HEADER = Pattern.compile("(?m)^\\h*Lines\\h+Copies\\h+Function name");
    private static final Pattern LLVM_LINES_ROW = Pattern.compile("^\\s*\\d+\\s+\\(\\s*[\\d.]+%[^)]*\\)\\s+\\d+\\s+\\(");
    /** The oldest cargo-llvm-lines format: two bare numbers, then the function. */
    private static final Pattern LLVM_LINES_BARE_ROW = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[A-Za-z_<&*(\\[]");
    private static final Pattern RUSTC = Pattern.compile("(?m)^\\h*(##\\[error\\]\\h*)?(error|warning)(\\[E\\d{4}\\])?: "
            + "|^\\h+--> \\S|^\\h*thread 'rustc' (panicked|has overflowed)|^\\h*query stack during panic:"
            + "|reached the (type-length|recursion) limit while instantiating|overflow evaluating the requirement"
            + "|^\\h*= note: required (because|for)|^note: required because");
    private static final Pattern PERF = Pattern.compile("(?m)^# (Samples|Overhead|Children|Event count)"
            + "|^\\h*[|-]*\\h*--\\d+(\\.\\d+)?%--|^\\h*\\d+\\.\\d+%\\h+(\\d+\\.\\d+%\\h+)?\\S+\\h+\\S+\\h+\\[[.kgu]\\] ");
    private static final Pattern NM_LINE = Pattern.compile("^([0-9a-fA-F]{8,16} [A-Za-z]|\\s+[UuvwV]) \\S");
    /** A mangled Rust symbol starting at a word boundary (so {@code MAX_RETRIES} is none). */
    private static final Pattern MANGLED = Pattern.compile("(?:^|[^A-Za-z0-9_$.])(_{0,2}ZN\\d+[A-Za-z_$]|_R[0-9]*[CNMXYIB][A-Za-z0-9_]{3,})");
    private static final Pattern BACKTRACE = Pattern.compile("^\\s*\\d+:\\s+(0x[0-9a-fA-F]+ - )?[<A-Za-z_]\\S*"
            + "|^\\s+at \\S+:\\d+(:\\d+)?\\s*$");
    private static final Pattern SHEBANG = Pattern.compile("^#!\\s*/");
    private static final Pattern SCRIPT_LINE = Pattern.compile("^(def \\w+\\(|import \\w+|from [\\w.]+ import |class \\w+[:(]"
            + "|if __name__|function \\w+\\s*\\(|(const|let|var) \\w+ = require\\()");
    private static final Pattern RUST_ITEM = Pattern.compile("^\\s*(pub(\\([\\w ]+\\))? )?(fn \\w+\\s*[<(]|use [\\w:{]+.*;"
            + "|mod \\w+\\s*[;{]|(struct|enum|trait) \\w+.*[{;(]\\s*$|impl(<.*>)? .*\\{\\s*$|let (mut )?\\w+.*=)");

    static final List<Format> TABLE = List.of(
            Format.read("measureme self-profile", InputKind.SELF_PROFILE, h -> h.startsWith((byte) 'M', (byte) 'M', (byte) 'P', (byte) 'D')),
            Format.skipped("an executable or object file", "list its symbols and pipe them in: nm -C FILE | typeheat symbols -",
                    h -> h.startsWith((byte) 0x7f, (byte) 'E', (byte) 'L', (byte) 'F') || h.startsWith((byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe)
                            || h.startsWith((byte) 'M', (byte) 'Z') && h.hasNul() || h.startsWith("!<arch>\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
            Format.skipped("binary data", "", Head::hasNul),
            Format.read("rustc long-type file", InputKind.LONG_TYPES, h -> h.fileName() != null && LONG_TYPE_NAME.matcher(h.fileName()).matches()),
            Format.read("Chrome trace (crox)", InputKind.CHROME_TRACE, h -> json(h)
                    && (h.text().contains("\"traceEvents\"") || h.text().contains("\"ph\"") && h.text().contains("\"ts\""))),
            Format.read("mono-stats JSON", InputKind.MONO_STATS, h -> json(h) && h.text().contains("\"instantiation_count\"")),
            Format.read("rustc JSON diagnostics", InputKind.RUSTC_JSON, h -> json(h) && (h.text().contains("\"$message_type\"")
                    || h.text().contains("\"reason\":\"compiler-") || h.text().contains("\"reason\":\"build-")
                    || h.text().contains("\"rendered\""))),
            Format.read("LLVM IR", InputKind.LLVM_IR, h -> h.find(IR)),
            Format.read("rustc type sizes", InputKind.TYPE_SIZES, h -> h.text().contains("print-type-size type: `")),
            Format.read("mono-stats Markdown", InputKind.MONO_STATS, h -> h.text().contains("| Item | Instantiation count")),
            Format.read("cargo-llvm-lines table", InputKind.LLVM_LINES, h -> h.find(LLVM_LINES_HEADER) || h.count(LLVM_LINES_ROW) > 0),
            Format.read("rustc diagnostics", InputKind.RUSTC_ERRORS, h -> h.find(RUSTC)),
            Format.read("cargo-llvm-lines table", InputKind.LLVM_LINES, h -> h.count(LLVM_LINES_BARE_ROW) >= 3),
            Format.read("perf report", InputKind.SYMBOLS, h -> h.find(PERF)),
            Format.read("symbol list", InputKind.SYMBOLS, h -> h.count(NM_LINE) >= 2 || h.count(MANGLED) > 0 || h.count(BACKTRACE) >= 3),
            Format.skipped("a script", "typeheat reads what rustc, LLVM and the profilers wrote, not scripts",
                    h -> !h.lines().isEmpty() && SHEBANG.matcher(h.lines().get(0)).find() || h.count(SCRIPT_LINE) >= 2),
            Format.skipped("Rust source code", "build it with measurement on and read what rustc writes: cargo typeheat",
                    h -> h.count(RUST_ITEM) >= 2),
            Format.skipped("a JSON document of no known kind", "", Formats::json),
            Format.read("type text", InputKind.TYPE_TEXT, Formats::typeText));

    private Formats() {
    }

    /** The first format in the table whose test holds, or empty. */
    public static Optional<Format> recognize(Head head) {
        for (Format f : TABLE) {
            if (f.test().test(head)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file, from its name and first bytes (for callers choosing inputs among files they wrote). */
    public static Optional<Format> recognize(java.nio.file.Path file) {
        try (Input in = Input.open(file)) {
            return recognize(Head.of(in));
        }
    }

    /** The format a reader of {@code kind} goes by (for inputs read as that kind without being recognised). */
    public static Format forKind(InputKind kind) {
        for (Format f : TABLE) {
            if (f.kind() == kind) {
                return f;
            }
        }
        return Format.read(kind.description(), kind, h -> false);
    }

    private static boolean json(Head h) {
        char c = h.firstNonBlank();
        return c == '{' || c == '[';
    }

    /** Most lines that are not blank or comments read as types (or pieces of one type pasted over lines). */
    private static boolean typeText(Head h) {
        int content = 0;
        int types = 0;
        for (String line : h.lines()) {
            if (line.isBlank() || TypeLines.isComment(line)) {
                continue;
            }
            content++;
            if (TypeLines.looksLikeType(line)) {
                types++;
            }
        }
        return types > 0 && types * 2 >= content;
    }
}
