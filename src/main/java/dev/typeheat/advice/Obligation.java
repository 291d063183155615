package dev.typeheat.advice;

import dev.typeheat.measure.Metrics;
import dev.typeheat.types.Ty;

/**
 * Identical predicates of a profile, aggregated: one self type (and trait) with the time of every query
 * event about it.
 *
 * @param type      the predicate's self type
 * @param trait     the trait it was asked about, or null (queries about a type alone: layout_of, ...)
 * @param label     the query that spent the most time on it
 * @param count     events
 * @param selfNanos summed self time
 * @param maxNanos  the slowest event's self time
 * @param metrics   the type's metrics
 */
public record Obligation(Ty type, String trait, String label, long count, long selfNanos, long maxNanos,
                         Metrics metrics) {
}
