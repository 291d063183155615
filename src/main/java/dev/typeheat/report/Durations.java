package dev.typeheat.report;

import java.util.Locale;

/** Durations the way Rust's {@code {:.2?}} prints them (as summarize does): 17.87s, 349.87ms, 402.85µs, 120.00ns. */
public final class Durations {
    private Durations() {
    }

    public static String format(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2fs", nanos / 1e9);
        }
        if (nanos >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.2fms", nanos / 1e6);
        }
        if (nanos >= 1_000L) {
            return String.format(Locale.ROOT, "%.2fµs", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.2fns", (double) nanos);
    }
}
