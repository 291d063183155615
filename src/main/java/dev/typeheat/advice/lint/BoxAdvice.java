package dev.typeheat.advice.lint;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns the analysis' advice (today its ranked suggestions) into what lint and the
 * report show: the box step for a finding, and the plan per crate with its effect. When the advice
 * becomes a plan over the crate's source, only this class changes.
 */
public final class BoxAdvice {
    /** One crate's part of the plan. */
    public record CratePlan(String crate, List<Suggestion> steps, long savesNodes, int findings, long largestNodes) {
        /** Steps that point at a line of the crate's source. */
        public long placedSteps() {
            return steps.stream().filter(s -> s.span() != null).count();
        }

        /** One sentence: what doing the plan does. */
        public String effect() {
            return String.format("%d box%s removing %,d nodes from the types of %,d finding%s (largest type %,d nodes)",
                    steps.size(), steps.size() == 1 ? "" : "es", savesNodes, findings, findings == 1 ? "" : "s",
                    largestNodes);
        }
    }

    private final Analysis analysis;
    private final CrateNames crates = new CrateNames();

    public BoxAdvice(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Where to box for one place: the suggestions of its findings, the one at the place itself first. */
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
                .thenComparing(Suggestion::savesNodes, java.util.Comparator.reverseOrder()));
        return out;
    }

    private List<CratePlan> plan;

    /** The plan: per crate (the crate with the costliest findings first), its steps in the analysis' order. */
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
        for (Suggestion s : analysis.suggestions()) {
            steps.computeIfAbsent(crateOfStep.getOrDefault(key(s), "this build"), c -> new ArrayList<>()).add(s);
        }
        List<CratePlan> out = new ArrayList<>();
        for (Map.Entry<String, List<Suggestion>> e : steps.entrySet()) {
            long saves = e.getValue().stream().mapToLong(Suggestion::savesNodes).sum();
            out.add(new CratePlan(e.getKey(), List.copyOf(e.getValue()), saves,
                    findingsPerCrate.getOrDefault(e.getKey(), 0), largest.getOrDefault(e.getKey(), 0L)));
        }
        plan = out;
        return out;
    }

    private static String key(Suggestion s) {
        return s.where() + "|" + s.family().id();
    }
}
