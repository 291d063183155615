package dev.typeheat.input.symbols;

import dev.typeheat.demangle.Demangler;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the symbol on one line of nm, llvm-nm, objdump, perf report (flat or {@code -g} call graph),
 * callgrind or backtrace text, demangled. Returns null for lines without one. Mangled symbols are
 * demangled wherever they stand on the line; llvm-nm's partial demangling of legacy symbols
 * ({@code drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$::h0123456789abcdef}) is finished, and LLVM's
 * {@code .llvm.N} suffixes are dropped.
 */
public final class SymbolLines {
    private static final Pattern NM = Pattern.compile("^(?:[0-9a-fA-F]+)?\\s+[A-Za-z?-]\\s+(\\S.*)$");
    private static final Pattern PERF = Pattern.compile("\\[[.kgu]\\]\\s+(\\S.*?)\\s*$");
    /** perf report -g: {@code |--22.22%--sym}, {@code ---sym}, {@code |          sym} under a branch. */
    private static final Pattern PERF_GRAPH = Pattern.compile("^[\\s|]*(?:--\\d+(?:\\.\\d+)?%--|---)(\\S.*?)\\s*$");
    private static final Pattern PERF_GRAPH_CONTINUED = Pattern.compile("^\\s*\\|[\\s|]*\\s([A-Za-z_<&*(\\[].*?)\\s*$");
    /** callgrind_annotate: {@code 22,931,826 ( 0.12%)  file.rs:sym} or {@code ???:sym}. */
    private static final Pattern CALLGRIND = Pattern.compile("^\\s*[\\d,]+\\s+\\(\\s*[\\d.]+%\\)\\s+(?:\\?\\?\\?|[^ <:]*[/.][^ <:]*):(?!:)(\\S.*?)\\s*$");
    private static final Pattern OBJDUMP = Pattern.compile("^[0-9a-fA-F]+ <(.+)>:\\s*$");
    private static final Pattern BACKTRACE = Pattern.compile("^\\s*\\d+:\\s+(?:0x[0-9a-fA-F]+\\s+-\\s+)?(\\S.*?)\\s*$");
    private static final Pattern MANGLED = Pattern.compile("^_?_?(ZN|R)[A-Za-z0-9_$.]+$");
    /** A mangled symbol inside other text. */
    private static final Pattern MANGLED_INSIDE = Pattern.compile("(?:^|[^A-Za-z0-9_$.])(_{0,2}ZN\\d[A-Za-z0-9_$.]*?E|_R[0-9]*[CNMXYIB][A-Za-z0-9_]+)(?=$|[^A-Za-z0-9_$])");
    private static final Pattern LLVM_SUFFIX = Pattern.compile("(\\s*\\(\\.llvm\\.\\d+\\)|\\.llvm\\.\\d+)$");
    private static final Pattern HASH = Pattern.compile("::h[0-9a-f]{16}$");
    private static final Map<String, String> ESCAPES = Map.ofEntries(Map.entry("$LT$", "<"), Map.entry("$GT$", ">"),
            Map.entry("$RF$", "&"), Map.entry("$BP$", "*"), Map.entry("$LP$", "("), Map.entry("$RP$", ")"),
            Map.entry("$C$", ","), Map.entry("$SP$", "@"), Map.entry("$u20$", " "), Map.entry("$u27$", "'"),
            Map.entry("$u5b$", "["), Map.entry("$u5d$", "]"), Map.entry("$u7b$", "{"), Map.entry("$u7d$", "}"),
            Map.entry("$u7e$", "~"), Map.entry("$u3b$", ";"), Map.entry("$u2b$", "+"), Map.entry("$u22$", "\""));
    private static final Pattern ESCAPE = Pattern.compile("\\$(LT|GT|RF|BP|LP|RP|C|SP|u[0-9a-f]{2})\\$");

    private SymbolLines() {
    }

    public static String symbolOf(String line) {
        String raw = null;
        Matcher m;
        if ((m = OBJDUMP.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = PERF.matcher(line)).find()) {
            raw = m.group(1);
        } else if ((m = PERF_GRAPH.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = CALLGRIND.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = NM.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = BACKTRACE.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = PERF_GRAPH_CONTINUED.matcher(line)).matches() && m.group(1).contains("::")) {
            raw = m.group(1);
        } else if (MANGLED.matcher(line.strip()).matches() || line.contains("::")) {
            raw = line.strip();
        }
        if (raw == null) {
            Matcher inside = MANGLED_INSIDE.matcher(line);
            raw = inside.find() ? inside.group(1) : null;
        }
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        raw = LLVM_SUFFIX.matcher(raw).replaceFirst("");
        if (raw.startsWith("_ZN") || raw.startsWith("ZN") || raw.startsWith("__ZN") || raw.startsWith("_R")
                || raw.startsWith("__R")) {
            String d = Demangler.demangle(raw, true);
            if (d != null) {
                return d;
            }
        }
        Matcher inside = MANGLED_INSIDE.matcher(raw);
        if (inside.find() && inside.start(1) > 0) {
            String d = Demangler.demangle(LLVM_SUFFIX.matcher(inside.group(1)).replaceFirst(""), true);
            if (d != null) {
                return d;
            }
        }
        return finishLegacy(raw);
    }

    /** llvm-nm's and others' partly demangled legacy names: escapes decoded, {@code ..} as {@code ::}, hash cut. */
    static String finishLegacy(String name) {
        if (!name.contains("$") && !name.contains("..")) {
            return name;
        }
        Matcher m = ESCAPE.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group();
            String plain = ESCAPES.get(e);
            if (plain == null && e.startsWith("$u")) {
                plain = String.valueOf((char) Integer.parseInt(e.substring(2, 4), 16));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(plain == null ? e : plain));
        }
        m.appendTail(sb);
        // a segment that starts with an escape is written with a leading _ ({@code _$LT$})
        String decoded = sb.toString().replace("..", "::").replaceAll("(^|::)_(?=[<&*(\\[{~])", "$1");
        return HASH.matcher(decoded).replaceFirst("");
    }
}
