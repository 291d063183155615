package dev.typeheat.advice;

import dev.typeheat.measure.Measurer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two builds: totals (query self time, IR lines, the largest type) and the types
 * that grew, appeared, shrank or went away. Types are matched by shape (no crate hashes, no line numbers).
 */
public final class BuildDiff {
    /** One type in one or both builds. */
    public record TypeChange(String shape, long baseNodes, long headNodes, long baseSelfNanos, long headSelfNanos,
                             long baseIrLines, long headIrLines) {
        public long growth() {
            return headNodes - baseNodes;
        }

        public String status() {
            return baseNodes == 0 ? "new" : headNodes == 0 ? "gone" : growth() > 0 ? "grew" : growth() < 0 ? "shrank" : "same";
        }
    }

    /** A total before and after. */
    public record Total(String name, long base, long head) {
        public double percent() {
            return base == 0 ? (head == 0 ? 0 : 100) : 100.0 * (head - base) / base;
        }
    }

    private final List<Total> totals;
    private final List<TypeChange> changes;

    public BuildDiff(Analysis base, Measurer baseMeasurer, Analysis head, Measurer headMeasurer) {
        Map<String, long[]> b = index(base, baseMeasurer);
        Map<String, long[]> h = index(head, headMeasurer);
        changes = new ArrayList<>();
        for (Map.Entry<String, long[]> e : h.entrySet()) {
            long[] was = b.getOrDefault(e.getKey(), new long[3]);
            long[] now = e.getValue();
            changes.add(new TypeChange(e.getKey(), was[0], now[0], was[1], now[1], was[2], now[2]));
        }
        for (Map.Entry<String, long[]> e : b.entrySet()) {
            if (!h.containsKey(e.getKey())) {
                long[] was = e.getValue();
                changes.add(new TypeChange(e.getKey(), was[0], 0, was[1], 0, was[2], 0));
            }
        }
        changes.removeIf(c -> c.status().equals("same") && c.baseSelfNanos() == c.headSelfNanos()
                && c.baseIrLines() == c.headIrLines());
        changes.sort(Comparator.comparingLong((TypeChange c) -> -Math.abs(c.growth())).thenComparing(TypeChange::shape));
        long baseLargest = largest(base, baseMeasurer);
        long headLargest = largest(head, headMeasurer);
        totals = List.of(
                new Total("obligation self time (ns)", base.total().selfNanos(), head.total().selfNanos()),
                new Total("IR lines", base.total().irLines(), head.total().irLines()),
                new Total("largest type (nodes)", baseLargest, headLargest),
                new Total("findings", base.findings().size(), head.findings().size()));
    }

    /**
     * The largest type a build made. A profile only contributes the arguments of its costliest queries,
     * which vary from run to run, so types seen in other inputs (type sizes, IR, long types) decide when
     * there are any.
     */
    private static long largest(Analysis a, Measurer measurer) {
        long all = 0;
        long steady = 0;
        for (TypeRecord r : a.types().records()) {
            long n = measurer.nodes(r.type());
            all = Math.max(all, n);
            boolean fromProfileOnly = r.kinds().stream().allMatch(k -> k == dev.typeheat.input.InputKind.SELF_PROFILE
                    || k == dev.typeheat.input.InputKind.CHROME_TRACE);
            if (!fromProfileOnly) {
                steady = Math.max(steady, n);
            }
        }
        return steady > 0 ? steady : all;
    }

    private static Map<String, long[]> index(Analysis a, Measurer measurer) {
        Map<String, long[]> out = new HashMap<>();
        for (TypeRecord r : a.types().outermost()) {
            long[] v = out.computeIfAbsent(Fingerprint.shape(r.type()), k -> new long[3]);
            v[0] = Math.max(v[0], measurer.nodes(r.type()));
            v[1] += r.cost().selfNanos();
            v[2] += r.cost().irLines();
        }
        return out;
    }

    public List<Total> totals() {
        return totals;
    }

    public List<TypeChange> changes() {
        return changes;
    }

    /** The largest growth among the totals, in percent. */
    public double worstGrowthPercent() {
        return totals.stream().mapToDouble(Total::percent).max().orElse(0);
    }
}
