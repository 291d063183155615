package dev.typeheat.advice.lint;

import dev.typeheat.advice.Finding;
import dev.typeheat.advice.SourceSpan;
import dev.typeheat.advice.checks.Rule;
import dev.typeheat.advice.checks.Rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything found at one place: the many variants of one server type (wrapped in different futures,
 * seen by different queries, breaking different rules) are fixed at the same line, so they are one
 * finding there, naming every rule it breaks.
 *
 * @param location the user's code (null when no source place is known)
 * @param item     without a location: the function that builds the types, by path (may be null)
 * @param findings every rule hit at this place, worst first
 */
public record PlaceFinding(SourceSpan location, String item, List<Finding> findings) {
    public boolean placed() {
        return location != null;
    }

    /** The worst finding: its type stands for the place. */
    public Finding worst() {
        return findings.get(0);
    }

    /** The worst finding of each rule broken here, in the rule list's order. */
    public List<Finding> perRule() {
        Map<Rule, Finding> first = new LinkedHashMap<>();
        for (Finding f : findings) {
            first.putIfAbsent(f.rule(), f);
        }
        List<Finding> out = new ArrayList<>(first.values());
        out.sort(Comparator.comparingInt(f -> Rules.indexOf(f.rule())));
        return out;
    }

    /** The rules broken here, in the rule list's order. */
    public List<Rule> rules() {
        return perRule().stream().map(Finding::rule).toList();
    }

    /** The rule named first (SARIF's ruleId). */
    public Rule primaryRule() {
        return rules().get(0);
    }

    /** How many distinct types the findings here are about. */
    public int types() {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Finding f : findings) {
            seen.put(f.record(), true);
        }
        return seen.size();
    }

    /** The most self time of rustc's queries over one type here. */
    public long selfNanos() {
        return findings.stream().mapToLong(f -> f.record().cost().selfNanos()).max().orElse(0);
    }

    public long irLines() {
        return findings.stream().mapToLong(f -> f.record().cost().irLines()).max().orElse(0);
    }

    public long nodes() {
        return findings.stream().mapToLong(f -> f.metrics().nodes()).max().orElse(0);
    }

    /** {@code src/main.rs:43:21}, the function path, or a description of the type. */
    public String where() {
        return location != null ? location.toString() : item != null ? item : "(no source place)";
    }

    /**
     * Stable across runs, machines and edits above the place: the file as rustc printed it (relative to
     * the source root), the place's column and extent, and the rule named first; not its line.
     */
    public String fingerprint() {
        String key = location != null
                ? location.file() + "\u0000" + location.column() + "\u0000" + (location.endLine() - location.line())
                + "\u0000" + location.endColumn()
                : "item\u0000" + (item != null ? item : worst().fingerprint());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(primaryRule().id().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Costliest first: query time, then IR lines, then size; then by place for stable output. */
    public static final Comparator<PlaceFinding> COSTLIEST_FIRST =
            Comparator.comparingLong(PlaceFinding::selfNanos).reversed()
                    .thenComparing(PlaceFinding::irLines, Comparator.reverseOrder())
                    .thenComparing(PlaceFinding::nodes, Comparator.reverseOrder())
                    .thenComparing(PlaceFinding::where);
}
