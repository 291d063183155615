package dev.typeheat.advice.lint;

import dev.typeheat.advice.Evidence;
import dev.typeheat.advice.SpanFinder;
import dev.typeheat.advice.TypeRecord;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which crate a type was built in: the crate of the local closures it names
 * ({@code Closure(DefId(0:.. ~ tower_app[06da]::main::{closure#0}))}), else the crate rustc or the tools
 * named the input file after ({@code warp_app-6bf89e25234e64c7.long-type-1.txt},
 * {@code iter_app-0025333.mm_profdata}, {@code chains-1a2b3c4d5e6f7a8b.ll}, {@code chains-release.ll}).
 */
final class CrateNames {
    private static final Pattern FILE_NAMED = Pattern.compile(
            "^(?:llvm-lines-)?([A-Za-z_][A-Za-z0-9_]*)-(?:[0-9a-f]{16}\\.long-type-\\d+\\.txt|(?:\\d+|debug|release)\\.mm_profdata"
                    + "|[0-9a-f]{16}\\.ll|(?:debug|release)\\.(?:ll|txt))(?:\\.gz|\\.zst)?$");

    private final SpanFinder spans;
    private final Map<TypeRecord, String> known = new HashMap<>();

    /** @param spans the analysis' own finder: it has walked these types already */
    CrateNames(SpanFinder spans) {
        this.spans = spans;
    }

    /** The crate, or {@code "this build"} when nothing names one. */
    String of(TypeRecord r) {
        return known.computeIfAbsent(r, this::find);
    }

    private String find(TypeRecord r) {
        Optional<String> item = spans.outermostLocalItem(r.type());
        if (item.isPresent() && item.get().contains("::")) {
            return item.get().substring(0, item.get().indexOf("::"));
        }
        for (Evidence e : r.evidence()) {
            Optional<String> named = fromFileName(e.file());
            if (named.isPresent()) {
                return named.get();
            }
        }
        return "this build";
    }

    static Optional<String> fromFileName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        Matcher m = FILE_NAMED.matcher(name);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
