package dev.typeheat.input.profile;

/**
 * One distinct query argument and the time of the events that carried it.
 *
 * @param label     the query ({@code evaluate_obligation})
 * @param text      the argument as rustc printed it ({@code CanonicalQueryInput { .. }})
 * @param count     events with this argument
 * @param selfNanos their summed self time
 * @param maxNanos  the slowest one's self time
 */
public record ProfileArgument(String label, String text, long count, long selfNanos, long maxNanos) {
}
