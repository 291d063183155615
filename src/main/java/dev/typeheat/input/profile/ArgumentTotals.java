package dev.typeheat.input.profile;

import dev.typeheat.measure.QueryTimes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Time per distinct query argument, keyed by the argument's string id, so a 300 kB argument that
 * thousands of events share is counted without ever being read. Only the costliest arguments are
 * resolved to text afterwards: what no report shows is never decoded or parsed.
 */
final class ArgumentTotals implements QueryTimes.ArgumentSink {
    /** Arguments resolved and handed on for analysis, at most. */
    static final int KEEP = 3000;

    private final LongLongMap slots = new LongLongMap(1 << 16);
    private long[] keys = new long[1024];
    private int[] labels = new int[1024];
    private long[] counts = new long[1024];
    private long[] totals = new long[1024];
    private long[] maxima = new long[1024];
    private int size;

    @Override
    public void interval(int label, long key, long selfNanos) {
        long slot = slots.get(key, -1);
        int i;
        if (slot < 0) {
            i = size++;
            if (i == keys.length) {
                int n = i * 2;
                keys = Arrays.copyOf(keys, n);
                labels = Arrays.copyOf(labels, n);
                counts = Arrays.copyOf(counts, n);
                totals = Arrays.copyOf(totals, n);
                maxima = Arrays.copyOf(maxima, n);
            }
            keys[i] = key;
            labels[i] = label;
            slots.put(key, i);
        } else {
            i = (int) slot;
        }
        counts[i]++;
        totals[i] += selfNanos;
        maxima[i] = Math.max(maxima[i], selfNanos);
    }

    int size() {
        return size;
    }

    /** Reads the texts of a batch of keys, handing each that is complete as it arrives to {@code early}. */
    interface Prefetch {
        void fetch(long[] keys, StringTable.TextSink early);
    }

    /**
     * The {@link #KEEP} costliest arguments with their text: {@code prefetch} first gets all their keys, and
     * the texts it has early go to {@code listener} with their label.
     */
    List<ProfileArgument> costliest(QueryTimes times, Prefetch prefetch, LongFunction<String> text,
                                    ArgumentListener listener) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> totals[i]).reversed());
        int keep = Math.min(KEEP, size);
        long[] wanted = new long[keep];
        for (int k = 0; k < keep; k++) {
            wanted[k] = keys[order[k]];
        }
        LongLongMap slotOf = new LongLongMap(Math.max(16, keep * 2));
        for (int k = 0; k < keep; k++) {
            slotOf.put(wanted[k], order[k]);
        }
        prefetch.fetch(wanted, (key, early) -> {
            long i = slotOf.get(key, -1);
            if (i >= 0) {
                listener.argument(times.labelName(labels[(int) i]), early);
            }
        });
        List<ProfileArgument> out = new ArrayList<>();
        for (int k = 0; k < keep; k++) {
            int i = order[k];
            out.add(new ProfileArgument(times.labelName(labels[i]), text.apply(keys[i]), counts[i], totals[i], maxima[i]));
        }
        return out;
    }
}
