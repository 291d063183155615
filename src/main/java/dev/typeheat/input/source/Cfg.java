package dev.typeheat.input.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides {@code #[cfg(...)]} attributes the way the measured build did, so a disabled item or statement
 * (a shadowing {@code let} behind a feature) does not stand in for the code that was compiled.
 * Features are the enabled ones; the target is taken to be the machine typeheat runs on (Linux, unix);
 * {@code test} is off; a predicate typeheat does not know counts as on (the code is kept).
 */
public final class Cfg {
    private final Set<String> features;
    private final boolean debugAssertions;

    public Cfg(Set<String> features, boolean debugAssertions) {
        this.features = Set.copyOf(features);
        this.debugAssertions = debugAssertions;
    }

    /** Default features of a release build. */
    public static Cfg of(Set<String> features) {
        return new Cfg(features, false);
    }

    /** True unless one of the attributes is a {@code cfg} that is off. */
    public boolean enabled(List<String> attributes) {
        for (String a : attributes) {
            String t = a.replace(" ", "").replace("\n", "").replace("\t", "").replace("\r", "");
            if (t.startsWith("#[cfg(") && t.endsWith(")]")) {
                if (!eval(t.substring("#[cfg(".length(), t.length() - 2))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Evaluates one cfg predicate (spaces removed). */
    boolean eval(String p) {
        if (p.startsWith("not(") && p.endsWith(")")) {
            return !eval(p.substring(4, p.length() - 1));
        }
        if (p.startsWith("all(") && p.endsWith(")")) {
            for (String part : split(p.substring(4, p.length() - 1))) {
                if (!eval(part)) {
                    return false;
                }
            }
            return true;
        }
        if (p.startsWith("any(") && p.endsWith(")")) {
            for (String part : split(p.substring(4, p.length() - 1))) {
                if (eval(part)) {
                    return true;
                }
            }
            return false;
        }
        int eq = p.indexOf('=');
        if (eq > 0) {
            String key = p.substring(0, eq);
            String value = p.substring(eq + 1).replace("\"", "");
            return switch (key) {
                case "feature" -> features.contains(value);
                case "target_os" -> value.equals("linux");
                case "target_family" -> value.equals("unix");
                case "target_pointer_width" -> value.equals("64");
                case "target_endian" -> value.equals("little");
                case "panic" -> value.equals("unwind");
                default -> true;
            };
        }
        return switch (p) {
            case "test", "windows", "miri", "doc", "doctest" -> false;
            case "unix" -> true;
            case "debug_assertions" -> debugAssertions;
            default -> true;
        };
    }

    /** Splits a predicate list at top-level commas. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }
}
