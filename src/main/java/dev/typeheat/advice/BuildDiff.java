package dev.typeheat.advice;

import dev.typeheat.advice.lint.Places;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.RustSpelling;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What changed between two builds: totals (query self time, IR lines, the largest type, the places over
 * the thresholds) and every outermost type that grew, shrank, appeared or went away. A type is matched
 * first by shape (no crate hashes, no line numbers), then by place: a type that boxing changed has a new
 * shape but is still built in the same function, so it is one type that shrank, not one gone and one
 * new. The largest type of the totals is the largest of the list, so the two always agree.
 */
public final class BuildDiff {
    /** One type in one or both builds; {@code baseShape} differs from {@code shape} when matched by place. */
    public record TypeChange(String shape, String baseShape, String place, long baseNodes, long headNodes,
                             long baseSelfNanos, long headSelfNanos, long baseIrLines, long headIrLines) {
        public long growth() {
            return headNodes - baseNodes;
        }

        public boolean matchedByPlace() {
            return baseShape != null && !baseShape.equals(shape);
        }

        public String status() {
            return baseNodes == 0 ? "new" : headNodes == 0 ? "gone" : growth() > 0 ? "grew" : growth() < 0 ? "shrank" : "same";
        }
    }

    /** A total before and after. */
    public record Total(String name, String unit, long base, long head) {
        public double percent() {
            return base == 0 ? (head == 0 ? 0 : 100) : 100.0 * (head - base) / base;
        }
    }

    /** Closure segments at the end of a def path: {@code app::routes::{closure#0}::{closure#2}} -> {@code app::routes}. */
    private static final Pattern CLOSURE_TAIL = Pattern.compile("(::\\{(?:closure|opaque)#\\d+}|::\\{\\{closure}})+$");

    /** One build's outermost types by shape. */
    private record Side(Map<String, long[]> byShape, Map<String, String> places) {
    }

    private final List<Total> totals;
    private final List<TypeChange> changes;

    public BuildDiff(Analysis base, Analysis head) {
        Side b = index(base);
        Side h = index(head);
        changes = new ArrayList<>();
        Map<String, long[]> baseLeft = new LinkedHashMap<>(b.byShape());
        Map<String, long[]> headLeft = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : h.byShape().entrySet()) {
            long[] was = baseLeft.remove(e.getKey());
            if (was != null) {
                changes.add(change(e.getKey(), e.getKey(), h.places().get(e.getKey()), was, e.getValue()));
            } else {
                headLeft.put(e.getKey(), e.getValue());
            }
        }
        matchByPlace(baseLeft, b.places(), headLeft, h.places());
        for (Map.Entry<String, long[]> e : headLeft.entrySet()) {
            changes.add(change(e.getKey(), null, h.places().get(e.getKey()), new long[3], e.getValue()));
        }
        for (Map.Entry<String, long[]> e : baseLeft.entrySet()) {
            changes.add(change(e.getKey(), e.getKey(), b.places().get(e.getKey()), e.getValue(), new long[3]));
        }
        changes.removeIf(c -> c.status().equals("same") && c.baseSelfNanos() == c.headSelfNanos()
                && c.baseIrLines() == c.headIrLines());
        // types in both builds that changed first (what grew or shrank), then those that came or went
        changes.sort(Comparator.comparing((TypeChange c) -> c.baseNodes() == 0 || c.headNodes() == 0)
                .thenComparingLong(c -> -Math.abs(c.growth()))
                .thenComparingLong(c -> -Math.abs(c.headSelfNanos() - c.baseSelfNanos()))
                .thenComparing(TypeChange::shape));
        totals = List.of(
                new Total("query self time", "ns", base.total().selfNanos(), head.total().selfNanos()),
                new Total("IR lines", "lines", base.total().irLines(), head.total().irLines()),
                new Total("largest type", "nodes", largest(b), largest(h)),
                new Total("places over the thresholds", "places", Places.merge(base.findings()).size(),
                        Places.merge(head.findings()).size()));
    }

    /**
     * Pairs the types left over by shape that are built at one place, keep their outer constructor
     * ({@code std::iter::Inspect<..>} before and after a box cut its inside) and read alike from both
     * ends (the box changed a middle part): the most alike first, and only pairs that share at least
     * half their text, so types that merely came and went (a profile keeps the costliest query
     * arguments, which differ between builds) are not passed off as one that changed.
     */
    private void matchByPlace(Map<String, long[]> baseLeft, Map<String, String> basePlaces,
                              Map<String, long[]> headLeft, Map<String, String> headPlaces) {
        Map<String, List<String>> baseAt = byPlace(baseLeft, basePlaces);
        Map<String, List<String>> headAt = byPlace(headLeft, headPlaces);
        for (Map.Entry<String, List<String>> e : headAt.entrySet()) {
            List<String> before = baseAt.get(e.getKey());
            if (before == null) {
                continue;
            }
            String place = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            List<double[]> pairs = new ArrayList<>();
            List<String> after = e.getValue();
            for (int i = 0; i < Math.min(before.size(), MAX_GROUP); i++) {
                for (int j = 0; j < Math.min(after.size(), MAX_GROUP); j++) {
                    double alike = alike(before.get(i), after.get(j));
                    if (alike >= MIN_ALIKE) {
                        pairs.add(new double[] {alike, i, j});
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0]).thenComparingDouble(p -> p[1]).thenComparingDouble(p -> p[2]));
            for (double[] p : pairs) {
                String was = before.get((int) p[1]);
                String now = after.get((int) p[2]);
                if (baseLeft.containsKey(was) && headLeft.containsKey(now)) {
                    changes.add(change(now, was, place, baseLeft.remove(was), headLeft.remove(now)));
                }
            }
        }
    }

    /** Types left over at one place and constructor that are compared pairwise, at most. */
    private static final int MAX_GROUP = 64;
    /** The share of their text two types must have in common, from the start and from the end. */
    private static final double MIN_ALIKE = 0.5;

    /** Closure numbers: adding a closure to a function renumbers the ones after it. */
    private static final Pattern CLOSURE_NUMBER = Pattern.compile("\\{closure#\\d+}");

    /** (common prefix + common suffix) / the longer text, closure numbers aside. */
    static double alike(String shapeA, String shapeB) {
        String a = CLOSURE_NUMBER.matcher(shapeA).replaceAll("{closure}");
        String b = CLOSURE_NUMBER.matcher(shapeB).replaceAll("{closure}");
        int n = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < n && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return (prefix + suffix) / (double) Math.max(1, Math.max(a.length(), b.length()));
    }

    /** Shapes by place and outer constructor ({@code fn chains::smoothed}, {@code std::iter::Inspect}). */
    private static Map<String, List<String>> byPlace(Map<String, long[]> shapes, Map<String, String> places) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String shape : shapes.keySet()) {
            String place = places.get(shape);
            if (place != null) {
                out.computeIfAbsent(place + "\u0000" + outer(shape), k -> new ArrayList<>()).add(shape);
            }
        }
        return out;
    }

    /** The printed type up to its first bracket: the constructor that boxing inside it leaves in place. */
    private static String outer(String shape) {
        int cut = shape.length();
        for (char c : new char[] {'<', '(', '[', '{'}) {
            int i = shape.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return shape.substring(0, cut);
    }

    private static TypeChange change(String shape, String baseShape, String place, long[] was, long[] now) {
        return new TypeChange(shape, baseShape, place, was[0], now[0], was[1], now[1], was[2], now[2]);
    }

    private static long largest(Side s) {
        return s.byShape().values().stream().mapToLong(v -> v[0]).max().orElse(0);
    }

    /** Outermost types by shape: [nodes (max), self time, IR lines], and where each is built. */
    private static Side index(Analysis a) {
        Measurer measurer = a.measurer();
        Map<String, long[]> out = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        // the analysis' own: the types were placed and their shapes printed for its findings already
        SpanFinder spans = a.spans();
        RustSpelling spelling = a.shapeSpelling();
        for (TypeRecord r : a.types().outermost()) {
            String shape = Fingerprint.shape(r.type(), spelling);
            long[] v = out.computeIfAbsent(shape, k -> new long[3]);
            v[0] = Math.max(v[0], measurer.nodes(r.type()));
            v[1] += r.cost().selfNanos();
            v[2] += r.cost().irLines();
            if (!places.containsKey(shape)) {
                String place = place(r, spans);
                if (place != null) {
                    places.put(shape, place);
                }
            }
        }
        return new Side(out, places);
    }

    /**
     * The function that builds a type: the one its outermost local closure is defined in (closures are named
     * by path in profiles), else the file of its outermost closure span (line numbers move between builds).
     */
    private static String place(TypeRecord r, SpanFinder spans) {
        String item = spans.outermostLocalItem(r.type()).orElse(null);
        if (item != null) {
            return "fn " + TypePrinter.stripHashes(CLOSURE_TAIL.matcher(item).replaceAll(""));
        }
        return spans.outermostUserSpan(r.type()).map(s -> "file " + s.file()).orElse(null);
    }

    public List<Total> totals() {
        return totals;
    }

    public List<TypeChange> changes() {
        return changes;
    }

    /** The totals that grew by more than {@code percent}. */
    public List<Total> grewPast(double percent) {
        return totals.stream().filter(t -> t.percent() > percent).toList();
    }

    /** The types that grew most (by nodes), for saying what grew. */
    public List<TypeChange> grewMost(int n) {
        return changes.stream().filter(c -> c.growth() > 0).limit(n).toList();
    }
}
