package dev.typeheat.input;

/**
 * What the compiler spent on one sample. Zero means "not known from this input".
 *
 * @param selfNanos      self time of the query events (self-profile)
 * @param queryCount     how many query events
 * @param irLines        LLVM IR lines of the instantiations
 * @param irCopies       number of instantiations in the IR
 * @param instantiations instantiation count (mono-stats)
 * @param sizeEstimate   rustc's size estimate summed over instantiations (mono-stats)
 */
public record Cost(long selfNanos, long queryCount, long irLines, long irCopies, long instantiations,
                   long sizeEstimate) {
    public static final Cost NONE = new Cost(0, 0, 0, 0, 0, 0);

    public static Cost queryTime(long selfNanos, long count) {
        return new Cost(selfNanos, count, 0, 0, 0, 0);
    }

    public static Cost irLines(long lines, long copies) {
        return new Cost(0, 0, lines, copies, 0, 0);
    }

    public static Cost monoStats(long instantiations, long sizeEstimate) {
        return new Cost(0, 0, 0, 0, instantiations, sizeEstimate);
    }

    public Cost plus(Cost o) {
        return new Cost(selfNanos + o.selfNanos, queryCount + o.queryCount, irLines + o.irLines,
                irCopies + o.irCopies, instantiations + o.instantiations, sizeEstimate + o.sizeEstimate);
    }

    public boolean isZero() {
        return equals(NONE);
    }
}
