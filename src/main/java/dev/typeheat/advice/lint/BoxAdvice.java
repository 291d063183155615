package dev.typeheat.advice.lint;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.plan.BoxPlan;
import dev.typeheat.types.Ty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that turns the analysis' box plan ({@link BoxPlan}) into what lint and the report show:
 * the boxes for a finding's place, and the plan per crate with its effect.
 */
public final class BoxAdvice {
    /**
     * One crate's part of the plan.
     *
     * @param steps   its boxes, in the plan's order
     * @param effects what the whole plan does to the crate's compositions handed on
     */
    public record CratePlan(String crate, List<Suggestion> steps, List<BoxPlan.Effect> effects, int findings,
                            long largestNodes) {
        /** Steps that point at a line of the crate's source. */
        public long placedSteps() {
            return steps.stream().filter(s -> s.span() != null).count();
        }

        /** One sentence: what doing the plan does. */
        public String effect() {
            String boxes = String.format("%d box%s", steps.size(), steps.size() == 1 ? "" : "es");
            if (effects.isEmpty()) {
                return String.format("%s for the types of %,d finding%s (largest type %,d nodes)", boxes, findings,
                        findings == 1 ? "" : "s", largestNodes);
            }
            BoxPlan.Effect e = effects.get(0);
            String more = effects.size() > 1 ? String.format(" (+%d more composition%s)", effects.size() - 1,
                    effects.size() == 2 ? "" : "s") : "";
            return String.format("%s: %s depth %d -> %d, longest chain %d -> %d, distinct nodes %,d -> %,d%s", boxes,
                    e.what(), e.depthBefore(), e.depthAfter(), e.chainBefore(), e.chainAfter(), e.distinctBefore(),
                    e.distinctAfter(), more);
        }
    }

    private static final String THIS_BUILD = "this build";

    private final Analysis analysis;
    private final CrateNames crates;

    public BoxAdvice(Analysis analysis) {
        this.analysis = analysis;
        this.crates = new CrateNames(analysis.spans());
    }

    /** Where to box for one place: the plan's boxes inside its types, the one at the place itself first, then in plan order. */
    public List<Suggestion> forPlace(PlaceFinding place) {
        Map<String, Suggestion> steps = new LinkedHashMap<>();
        for (Finding f : place.findings()) {
            for (Suggestion s : f.suggestions()) {
                steps.putIfAbsent(s.where() + "|" + s.family().id(), s);
            }
        }
        List<Suggestion> out = new ArrayList<>(steps.values());
        out.sort(java.util.Comparator.comparing((Suggestion s) -> !s.where().equals(place.where()))
                .thenComparing(s -> s.span() == null)
                .thenComparingInt(s -> s.box() != null ? s.box().rank() : Integer.MAX_VALUE));
        return out;
    }

    private List<CratePlan> plan;

    /** The plan: per crate (the crate with the costliest findings first), its boxes in the plan's order. */
    public List<CratePlan> plan() {
        if (plan != null) {
            return plan;
        }
        Map<String, String> crateOfStep = new HashMap<>();
        Map<String, Integer> findingsPerCrate = new LinkedHashMap<>();
        Map<String, Long> largest = new HashMap<>();
        for (Finding f : analysis.findings()) {
            String crate = crates.of(f.record());
            findingsPerCrate.merge(crate, 1, Integer::sum);
            largest.merge(crate, f.metrics().nodes(), Math::max);
            for (Suggestion s : f.suggestions()) {
                crateOfStep.putIfAbsent(key(s), crate);
            }
        }
        Map<String, List<Suggestion>> steps = new LinkedHashMap<>();
        for (String crate : findingsPerCrate.keySet()) {
            steps.put(crate, new ArrayList<>());
        }
        Map<Ty, String> crateOfBoxed = new IdentityHashMap<>();
        for (Suggestion s : analysis.suggestions()) {
            String crate = crateOfStep.getOrDefault(key(s), THIS_BUILD);
            steps.computeIfAbsent(crate, c -> new ArrayList<>()).add(s);
            crateOfBoxed.putIfAbsent(s.subtree(), crate);
        }
        Map<String, List<BoxPlan.Effect>> effects = new HashMap<>();
        for (BoxPlan.Effect e : analysis.plan().effects()) {
            effects.computeIfAbsent(crateOf(e.type(), crateOfBoxed), c -> new ArrayList<>()).add(e);
        }
        List<CratePlan> out = new ArrayList<>();
        for (Map.Entry<String, List<Suggestion>> e : steps.entrySet()) {
            out.add(new CratePlan(e.getKey(), List.copyOf(e.getValue()), effects.getOrDefault(e.getKey(), List.of()),
                    findingsPerCrate.getOrDefault(e.getKey(), 0), largest.getOrDefault(e.getKey(), 0L)));
        }
        plan = out;
        return out;
    }

    /** The crate of the first box inside a composition (types are shared nodes: each is walked once). */
    private static String crateOf(Ty composition, Map<Ty, String> crateOfBoxed) {
        Set<Ty> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Ty> todo = new ArrayDeque<>();
        todo.push(composition);
        while (!todo.isEmpty()) {
            Ty t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            String crate = crateOfBoxed.get(t);
            if (crate != null) {
                return crate;
            }
            for (int i = 0; i < t.childCount(); i++) {
                todo.push(t.child(i));
            }
        }
        return THIS_BUILD;
    }

    private static String key(Suggestion s) {
        return s.where() + "|" + s.family().id();
    }
}
