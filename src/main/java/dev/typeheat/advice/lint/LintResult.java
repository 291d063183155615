package dev.typeheat.advice.lint;

import dev.typeheat.advice.Finding;

import java.util.List;

/**
 * What lint reports: the places to fix, costliest first, and what was set aside.
 *
 * @param placed           places in the user's code with findings that are neither allowed nor known
 * @param unplaced         findings without a source place (types named only by path, in IR and profiles),
 *                         merged per building function or per type
 * @param allowedByComment places whose every finding a {@code // typeheat: allow(..)} comment accepts
 * @param allowedByConfig  places whose every finding an {@code [[allow]]} of typeheat.toml accepts
 * @param knownInBaseline  places whose every finding is in the baseline
 * @param accepted         findings neither allowed nor known: what {@code --write-baseline} records
 * @param warnings         problems with allow comments ({@code file:line:col: ...})
 */
public record LintResult(List<PlaceFinding> placed, List<PlaceFinding> unplaced, int allowedByComment,
                         int allowedByConfig, int knownInBaseline, List<Finding> accepted, List<String> warnings) {

    /** Whether anything new is over a threshold (lint's exit code 1). */
    public boolean hasFindings() {
        return !placed.isEmpty() || !unplaced.isEmpty();
    }

    public int unplacedFindings() {
        return unplaced.stream().mapToInt(p -> p.findings().size()).sum();
    }

    public int allowed() {
        return allowedByComment + allowedByConfig;
    }
}
