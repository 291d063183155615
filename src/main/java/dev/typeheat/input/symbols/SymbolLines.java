package dev.typeheat.input.symbols;

import dev.typeheat.demangle.Demangler;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the symbol on one line of nm, llvm-nm, objdump, perf report or backtrace text, demangled.
 * Returns null for lines without one.
 */
public final class SymbolLines {
    private static final Pattern NM = Pattern.compile("^(?:[0-9a-fA-F]+)?\\s+[A-Za-z?-]\\s+(\\S.*)$");
    private static final Pattern PERF = Pattern.compile("\\[[.kgu]\\]\\s+(\\S.*?)\\s*$");
    private static final Pattern OBJDUMP = Pattern.compile("^[0-9a-fA-F]+ <(.+)>:\\s*$");
    private static final Pattern BACKTRACE = Pattern.compile("^\\s*\\d+:\\s+(?:0x[0-9a-fA-F]+\\s+-\\s+)?(\\S.*?)\\s*$");
    private static final Pattern MANGLED = Pattern.compile("^_?_?(ZN|R)[A-Za-z0-9_$.]+$");

    private SymbolLines() {
    }

    public static String symbolOf(String line) {
        String raw = null;
        Matcher m;
        if ((m = OBJDUMP.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = PERF.matcher(line)).find()) {
            raw = m.group(1);
        } else if ((m = NM.matcher(line)).matches()) {
            raw = m.group(1);
        } else if ((m = BACKTRACE.matcher(line)).matches()) {
            raw = m.group(1);
        } else if (MANGLED.matcher(line.strip()).matches() || line.contains("::")) {
            raw = line.strip();
        }
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.startsWith("_ZN") || raw.startsWith("ZN") || raw.startsWith("__ZN") || raw.startsWith("_R")
                || raw.startsWith("__R")) {
            String d = Demangler.demangle(raw, true);
            if (d != null) {
                return d;
            }
        }
        return raw;
    }
}
