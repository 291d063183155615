package dev.typeheat.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Durations the way Rust's {@code {:.2?}} prints them (as summarize does): 17.87s, 349.87ms, 402.85µs, 120.00ns.
 * The unit is chosen before rounding, and an exact half rounds to even (818,505 ns is {@code 818.50µs}), which
 * matches every cell of summarize's tables in the corpus.
 */
public final class Durations {
    private Durations() {
    }

    public static String format(long nanos) {
        if (nanos >= 1_000_000_000L) {
            return twoDecimals(nanos, 9) + "s";
        }
        if (nanos >= 1_000_000L) {
            return twoDecimals(nanos, 6) + "ms";
        }
        if (nanos >= 1_000L) {
            return twoDecimals(nanos, 3) + "µs";
        }
        return twoDecimals(nanos, 0) + "ns";
    }

    private static String twoDecimals(long nanos, int scale) {
        return BigDecimal.valueOf(nanos, scale).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
