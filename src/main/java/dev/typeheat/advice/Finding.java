package dev.typeheat.advice;

import dev.typeheat.advice.checks.Rule;
import dev.typeheat.measure.Metrics;

import java.util.List;

/**
 * One rule over one type.
 *
 * @param rule        which rule
 * @param record      the type with everything known about it
 * @param metrics     its metrics
 * @param message     one sentence for people
 * @param location    the user's code it points to (the first suggestion's place), or null
 * @param function    without a location, the local function that builds the type (from rustc's DefIds), or null
 * @param fingerprint rule + type shape: stable across runs and line changes (baselines, SARIF)
 * @param suggestions where to box, best first
 */
public record Finding(Rule rule, TypeRecord record, Metrics metrics, String message, SourceSpan location,
                      String function, String fingerprint, List<Suggestion> suggestions) {
}
