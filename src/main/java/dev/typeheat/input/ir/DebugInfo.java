package dev.typeheat.input.ir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where closures and async blocks are in the source, from the debug info of a {@code .ll} file: each
 * {@code DISubprogram} named {@code {closure#N}} (or {@code {async_block#N}}, ...) has a file and line,
 * and its chain of {@code DINamespace} scopes spells the item's path ({@code chains::pipeline::smoothed::{closure#4}}),
 * the same path self-profiles print inside {@code Closure(DefId(..))} (async bodies there are {@code {closure#N}}
 * too). That path is how a type seen only in a
 * profile finds its line. Only the metadata lines that can matter are decoded.
 */
public final class DebugInfo {
    /** A closure's place: the file as rustc recorded it (relative for the crate's own code) and the line. */
    public record Location(String file, int line) {
    }

    private record Namespace(String name, int scope) {
    }

    private record Subprogram(String name, int scope, int file, int line) {
    }

    private static final Pattern FILE = Pattern.compile("^!(\\d+) = !DIFile\\(filename: \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAMESPACE = Pattern.compile("^!(\\d+) = !DINamespace\\(name: \"([^\"]*)\", scope: (?:!(\\d+)|null)");
    private static final Pattern SUBPROGRAM = Pattern.compile(
            "^!(\\d+) = distinct !DISubprogram\\(name: \"(\\{[^\"<]*)[^\"]*\".*?, scope: !(\\d+), file: !(\\d+), line: (\\d+)");

    /**
     * Debug info names async bodies and other coroutines by kind ({@code {async_block#0}}, {@code {async_fn#0}});
     * rustc's def paths, as profiles print them, call every closure-like item {@code {closure#N}} with the same index.
     */
    private static final Pattern CLOSURE_LIKE = Pattern.compile(
            "\\{(?:async_block|async_fn|async_closure|async_gen_block|async_gen_fn|gen_block|gen_fn|coroutine|coroutine_closure)#(\\d+)\\}");

    private final Map<Integer, String> files = new HashMap<>();
    private final Map<Integer, Namespace> namespaces = new HashMap<>();
    private final List<Subprogram> closures = new ArrayList<>();

    /** Reads one line of the module's metadata ({@code !N = ...}); other lines are ignored cheaply. */
    void line(byte[] b, int start, int end) {
        int eq = indexOf(b, start, Math.min(end, start + 16), (byte) '=');
        if (eq < 0 || eq + 3 >= end) {
            return;
        }
        boolean file = startsWith(b, eq + 2, end, "!DIFile(");
        boolean namespace = !file && startsWith(b, eq + 2, end, "!DINamespace(");
        boolean closure = !file && !namespace && startsWith(b, eq + 2, end, "distinct !DISubprogram(name: \"{");
        if (!file && !namespace && !closure) {
            return;
        }
        String text = new String(b, start, end - start, StandardCharsets.UTF_8);
        Matcher m = (file ? FILE : namespace ? NAMESPACE : SUBPROGRAM).matcher(text);
        if (!m.find()) {
            return;
        }
        try {
            record(m, file, namespace);
        } catch (NumberFormatException e) {
            // a number no real module has (a damaged file): this line places nothing
        }
    }

    private void record(Matcher m, boolean file, boolean namespace) {
        int id = Integer.parseInt(m.group(1));
        if (file) {
            files.put(id, m.group(2).replace("\\5C", "\\"));
        } else if (namespace) {
            namespaces.put(id, new Namespace(m.group(2), m.group(3) == null ? -1 : Integer.parseInt(m.group(3))));
        } else {
            closures.add(new Subprogram(m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5))));
        }
    }

    /** Adds what another part of the same file held (files read in parallel slices). */
    void merge(DebugInfo other) {
        files.putAll(other.files);
        namespaces.putAll(other.namespaces);
        closures.addAll(other.closures);
    }

    /** Every closure's path and place; the copies of generic closures are one entry. */
    public Map<String, Location> closureLocations() {
        Map<String, Location> out = new LinkedHashMap<>();
        for (Subprogram s : closures) {
            String file = files.get(s.file());
            String path = path(s.scope());
            if (file != null && path != null) {
                String item = CLOSURE_LIKE.matcher(path + "::" + s.name()).replaceAll("{closure#$1}");
                out.putIfAbsent(item, new Location(file, s.line()));
            }
        }
        return out;
    }

    /** The namespace chain up to the crate root, or null when it is broken. */
    private String path(int scope) {
        StringBuilder sb = new StringBuilder();
        int at = scope;
        for (int steps = 0; at >= 0; steps++) {
            Namespace ns = namespaces.get(at);
            if (ns == null || steps > 1000) {
                return null; // a scope that is no namespace (a function or type), or a cycle in a damaged file
            }
            sb.insert(0, sb.length() == 0 ? ns.name() : ns.name() + "::");
            at = ns.scope();
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static int indexOf(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
