package dev.typeheat.advice.lint;

import dev.typeheat.advice.Baseline;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.config.Allow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an analysis' findings into what lint reports: merged per place, minus what allow comments,
 * typeheat.toml's {@code [[allow]]} tables and the baseline accept.
 */
public final class Linter {
    private final Baseline baseline;
    private final List<Allow> allows;
    private final SourceComments comments;

    /**
     * @param baseline known findings, or null
     * @param allows   typeheat.toml's {@code [[allow]]} tables
     * @param comments the crate's {@code // typeheat: allow(..)} comments
     */
    public Linter(Baseline baseline, List<Allow> allows, SourceComments comments) {
        this.baseline = baseline;
        this.allows = allows;
        this.comments = comments;
    }

    public LintResult run(List<Finding> findings) {
        List<PlaceFinding> placed = new ArrayList<>();
        List<PlaceFinding> unplaced = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        int byComment = 0;
        int byConfig = 0;
        int known = 0;
        for (PlaceFinding place : Places.merge(findings)) {
            Set<String> commented = place.placed()
                    ? comments.allowedAt(place.location().file(), place.location().line()) : Set.of();
            List<Finding> open = new ArrayList<>();
            boolean anyComment = false;
            boolean anyConfig = false;
            for (Finding f : place.findings()) {
                if (commented.contains(f.rule().id())) {
                    anyComment = true;
                } else if (place.placed() && allowedByConfig(place.location().file(), f.rule().id())) {
                    anyConfig = true;
                } else {
                    accepted.add(f);
                    if (baseline == null || !baseline.contains(f)) {
                        open.add(f);
                    }
                }
            }
            if (!open.isEmpty()) {
                PlaceFinding shown = new PlaceFinding(place.location(), place.item(), List.copyOf(open));
                (place.placed() ? placed : unplaced).add(shown);
            } else if (anyComment) {
                byComment++;
            } else if (anyConfig) {
                byConfig++;
            } else {
                known++;
            }
        }
        return new LintResult(placed, unplaced, byComment, byConfig, known, accepted, comments.warnings());
    }

    private boolean allowedByConfig(String file, String rule) {
        for (Allow a : allows) {
            if (a.allows(file, rule)) {
                return true;
            }
        }
        return false;
    }
}
