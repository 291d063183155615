package dev.typeheat.advice;

import dev.typeheat.advice.checks.BloatedGenericCheck;
import dev.typeheat.advice.checks.DeepTypeCheck;
import dev.typeheat.advice.checks.LongChainCheck;
import dev.typeheat.advice.checks.Rules;
import dev.typeheat.advice.checks.ThresholdSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of every rule's thresholds for one run: each check's declared default, overridden by
 * typeheat.toml's {@code [lint]} table, overridden by the command line. The box planner reads
 * {@code max-nodes}, {@code max-depth} and {@code max-chain} as its budgets too.
 */
public final class LintConfig {
    public static final LintConfig DEFAULTS = new LintConfig(Map.of());

    private final Map<String, Long> values;

    /** The defaults with {@code overrides} (threshold key to value) applied; unknown keys are a bug. */
    public LintConfig(Map<String, Long> overrides) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (ThresholdSpec t : Rules.thresholds()) {
            all.put(t.key(), t.defaultValue());
        }
        for (Map.Entry<String, Long> e : overrides.entrySet()) {
            if (!all.containsKey(e.getKey())) {
                throw new IllegalArgumentException("no threshold " + e.getKey());
            }
            all.put(e.getKey(), e.getValue());
        }
        this.values = Map.copyOf(all);
    }

    /** The value of threshold {@code key} ({@code max-depth}). */
    public long value(String key) {
        Long v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no threshold " + key);
        }
        return v;
    }

    public int maxDepth() {
        return (int) Math.min(Integer.MAX_VALUE, value(DeepTypeCheck.MAX_DEPTH));
    }

    public long maxNodes() {
        return value(BloatedGenericCheck.MAX_NODES);
    }

    public int maxChain() {
        return (int) Math.min(Integer.MAX_VALUE, value(LongChainCheck.MAX_CHAIN));
    }

    @Override
    public String toString() {
        return new java.util.TreeMap<>(values).toString();
    }
}
