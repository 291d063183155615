package dev.typeheat.measure;

/**
 * Per-label totals, as measureme's {@code summarize} computes them.
 *
 * @param label           the query or activity name
 * @param selfNanos       time in the label's events minus their direct children
 * @param totalNanos      time in the label's events ("Time"; recursion counts more than once)
 * @param count           invocations ("Item count")
 * @param cacheHits       query cache hits
 * @param cacheMisses     query cache misses
 * @param blockedNanos    time blocked on other threads
 * @param incrLoadNanos   incremental load time
 * @param hashingNanos    incremental result hashing time
 */
public record QueryRow(String label, long selfNanos, long totalNanos, long count, long cacheHits, long cacheMisses,
                       long blockedNanos, long incrLoadNanos, long hashingNanos) {
}
