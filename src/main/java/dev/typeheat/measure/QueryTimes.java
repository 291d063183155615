package dev.typeheat.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Self time, total time and counts per label, computed the way measureme's {@code summarize} does:
 * events arrive in reverse recording order (parents before their children), one stack per thread;
 * an event's direct parent is the innermost open event that contains it, and the parent's self time
 * loses the child's duration. Every interval's own self time is also handed to an {@link ArgumentSink},
 * so the time can be charged to the query's argument (the type it was about).
 */
public final class QueryTimes {
    /** The argument key of an event without argument. */
    public static final long NO_ARGUMENT = -1;

    /** Receives each interval's own self time once it is known. */
    public interface ArgumentSink {
        void interval(int label, long argumentKey, long selfNanos);
    }

    private final Map<String, Integer> labelIndex = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private long[] self = new long[64];
    private long[] time = new long[64];
    private long[] count = new long[64];
    private long[] misses = new long[64];
    private long[] hits = new long[64];
    private long[] blocked = new long[64];
    private long[] incrLoad = new long[64];
    private long[] hashing = new long[64];
    private final Set<Integer> countedHits = new HashSet<>();
    private final Map<Integer, Stack> threads = new HashMap<>();
    private final ArgumentSink sink;
    private long events;

    public QueryTimes(ArgumentSink sink) {
        this.sink = sink;
    }

    /** The index of a label, adding it when new. */
    public int label(String name) {
        Integer i = labelIndex.get(name);
        if (i != null) {
            return i;
        }
        int idx = labels.size();
        labels.add(name);
        labelIndex.put(name, idx);
        if (idx == self.length) {
            int n = idx * 2;
            self = Arrays.copyOf(self, n);
            time = Arrays.copyOf(time, n);
            count = Arrays.copyOf(count, n);
            misses = Arrays.copyOf(misses, n);
            hits = Arrays.copyOf(hits, n);
            blocked = Arrays.copyOf(blocked, n);
            incrLoad = Arrays.copyOf(incrLoad, n);
            hashing = Arrays.copyOf(hashing, n);
        }
        return idx;
    }

    public String labelName(int label) {
        return labels.get(label);
    }

    /** An interval, in reverse recording order. {@code argumentKey} is -1 when the event has no argument. */
    public void interval(int thread, int label, QueryKind kind, long start, long end, long argumentKey) {
        events++;
        Stack st = threads.get(thread);
        if (st == null) {
            st = new Stack(start, end);
            threads.put(thread, st);
        }
        while (st.size > 0 && !(st.start[st.size - 1] <= start && end <= st.end[st.size - 1])) {
            st.pop(sink);
        }
        long d = end - start;
        if (st.size > 0) {
            int top = st.size - 1;
            int parent = st.label[top];
            self[parent] -= d;
            st.self[top] -= d;
            if (st.kind[top] == QueryKind.INCREMENTAL_RESULT_HASHING) {
                hashing[parent] -= d;
            } else if (st.kind[top] == QueryKind.INCREMENTAL_LOAD_RESULT) {
                incrLoad[parent] -= d;
            }
        }
        switch (kind) {
            case QUERY:
            case GENERIC_ACTIVITY:
                self[label] += d;
                time[label] += d;
                misses[label]++;
                count[label]++;
                break;
            case QUERY_BLOCKED:
                self[label] += d;
                time[label] += d;
                blocked[label] += d;
                break;
            case INCREMENTAL_LOAD_RESULT:
                self[label] += d;
                time[label] += d;
                incrLoad[label] += d;
                break;
            case INCREMENTAL_RESULT_HASHING:
                self[label] += d;
                hashing[label] += d;
                break;
            default:
                self[label] += d;
                time[label] += d;
                count[label]++;
        }
        st.first = Math.min(st.first, start);
        st.last = Math.max(st.last, end);
        st.push(start, end, label, kind, d, argumentKey);
    }

    /** A {@code QueryCacheHitCount} integer event. */
    public void cacheHitCount(int label, long value) {
        hits[label] += value;
        countedHits.add(label);
    }

    /** A {@code QueryCacheHit} instant event (only counted for labels without count events). */
    public void cacheHit(int label) {
        if (!countedHits.contains(label)) {
            hits[label]++;
        }
    }

    /** Closes all open events (call once, after the last event). */
    public void finish() {
        for (Stack st : threads.values()) {
            while (st.size > 0) {
                st.pop(sink);
            }
        }
    }

    public long intervals() {
        return events;
    }

    /** summarize's "Total cpu time": per thread from its first start to its last end, summed. */
    public long totalCpuNanos() {
        long total = 0;
        for (Stack st : threads.values()) {
            total += st.last - st.first;
        }
        return total;
    }

    /** All labels that had events, by self time descending. */
    public List<QueryRow> rows() {
        List<QueryRow> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (time[i] == 0 && count[i] == 0 && hits[i] == 0 && self[i] == 0 && hashing[i] == 0) {
                continue; // only integer events (artifact sizes): summarize lists no row for it
            }
            out.add(new QueryRow(labels.get(i), self[i], time[i], count[i], hits[i], misses[i], blocked[i],
                    incrLoad[i], hashing[i]));
        }
        out.sort((a, b) -> a.selfNanos() != b.selfNanos() ? Long.compare(b.selfNanos(), a.selfNanos())
                : a.label().compareTo(b.label()));
        return out;
    }

    /** Open events of one thread. */
    private static final class Stack {
        long[] start = new long[64];
        long[] end = new long[64];
        int[] label = new int[64];
        QueryKind[] kind = new QueryKind[64];
        long[] self = new long[64];
        long[] arg = new long[64];
        int size;
        long first;
        long last;

        Stack(long first, long last) {
            this.first = first;
            this.last = last;
        }

        void push(long s, long e, int l, QueryKind k, long d, long a) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                label = Arrays.copyOf(label, n);
                kind = Arrays.copyOf(kind, n);
                self = Arrays.copyOf(self, n);
                arg = Arrays.copyOf(arg, n);
            }
            start[size] = s;
            end[size] = e;
            label[size] = l;
            kind[size] = k;
            self[size] = d;
            arg[size] = a;
            size++;
        }

        void pop(ArgumentSink sink) {
            size--;
            if (sink != null && arg[size] != NO_ARGUMENT) {
                sink.interval(label[size], arg[size], self[size]);
            }
        }
    }
}
