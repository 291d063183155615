package dev.typeheat.cargo;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuild times of the crate as it is ("before") and edited ("after"), one of each per round.
 *
 * @param before nanoseconds per round
 * @param after  nanoseconds per round
 */
public record RebuildTimes(List<Long> before, List<Long> after) {
    public RebuildTimes {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public long medianBefore() {
        return median(before);
    }

    public long medianAfter() {
        return median(after);
    }

    /** Seconds saved per rebuild (negative: the edits made it slower). */
    public double secondsSaved() {
        return (medianBefore() - medianAfter()) / 1e9;
    }

    /** The middle value; for an even count the mean of the two middle ones. */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no rounds");
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code before 27.0 s, after 13.7 s (medians of 5 interleaved rounds): saves 13.3 s (49%)} */
    public String describe() {
        double b = medianBefore() / 1e9;
        double a = medianAfter() / 1e9;
        double saved = secondsSaved();
        return String.format("before %.1f s, after %.1f s (medians of %d interleaved rounds): %s %.1f s (%.0f%%)",
                b, a, before.size(), saved >= 0 ? "saves" : "costs", Math.abs(saved), Math.abs(saved) / b * 100);
    }
}
