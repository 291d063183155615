package dev.typeheat.advice;

import dev.typeheat.input.profile.ProfileArgument;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ranks the predicates a profile's query arguments are about: each distinct argument is parsed once,
 * its self type and trait found ({@link Subjects}), and identical predicates summed.
 */
public final class ObligationRanking {
    /** Queries about one property of a type: the trait the property stands for. */
    private static final Map<String, String> IMPLIED_TRAITS = Map.of(
            "needs_drop_raw", "core::ops::Drop (needs_drop)",
            "is_copy_raw", "core::marker::Copy",
            "is_sized_raw", "core::marker::Sized",
            "is_freeze_raw", "core::marker::Freeze",
            "is_unpin_raw", "core::marker::Unpin",
            "is_unsafe_unpin_raw", "core::marker::UnsafeUnpin",
            "needs_async_drop_raw", "core::future::AsyncDrop (needs_async_drop)");

    private final TypeParser parser = new TypeParser();
    private final Measurer measurer;
    private final Subjects subjects;

    private final int threads;

    public ObligationRanking(Measurer measurer) {
        this(measurer, Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS));
    }

    /** With {@code threads} parsing the arguments (tests compare one with several). */
    ObligationRanking(Measurer measurer, int threads) {
        this.measurer = measurer;
        this.subjects = new Subjects(measurer);
        this.threads = threads;
    }

    /** Obligations of the chosen queries (all when {@code labels} is empty), most self time first. */
    public List<Obligation> rank(ProfileData profile, Set<String> labels) {
        return rank(profile, labels, Map.of());
    }

    /**
     * Parses the arguments of the chosen queries as a profile reader hands them over (pass it to
     * {@code ProfileReader.read}); {@link #rank(ProfileData, Set, Map)} takes its {@link ParseAhead#finish}.
     */
    ParseAhead parseAhead(Set<String> labels) {
        return new ParseAhead(parser.interner(), threads, labels);
    }

    /** {@link #rank(ProfileData, Set)} with the arguments in {@code ready} parsed already. */
    List<Obligation> rank(ProfileData profile, Set<String> labels, Map<String, ParsedType> ready) {
        Map<Key, long[]> sums = new LinkedHashMap<>();
        Map<Key, Map<String, Long>> byLabel = new HashMap<>();
        List<ProfileArgument> chosen = profile.arguments().stream()
                .filter(a -> labels.isEmpty() || labels.contains(a.label())).toList();
        ParsedType[] parsed = parseAll(chosen, ready);
        for (int i = 0; i < chosen.size(); i++) {
            ProfileArgument a = chosen.get(i);
            ParsedType p = parsed[i];
            if (p.root() == null) {
                continue;
            }
            for (Subjects.Subject s : subjects.ofTypeText(p.root())) {
                if (s.type().kind() == dev.typeheat.types.TyKind.PATH && s.type().genericArgs().isEmpty()) {
                    continue; // a plain path (an item) is not a type worth ranking
                }
                Key k = new Key(s.type(), s.trait() != null ? s.trait() : IMPLIED_TRAITS.get(a.label()));
                long[] sum = sums.computeIfAbsent(k, x -> new long[3]);
                sum[0] += a.count();
                sum[1] += a.selfNanos();
                sum[2] = Math.max(sum[2], a.maxNanos());
                byLabel.computeIfAbsent(k, x -> new HashMap<>()).merge(a.label(), a.selfNanos(), Long::sum);
            }
        }
        List<Obligation> out = new ArrayList<>();
        for (Map.Entry<Key, long[]> e : sums.entrySet()) {
            String label = byLabel.get(e.getKey()).entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse("");
            long[] s = e.getValue();
            out.add(new Obligation(e.getKey().type, e.getKey().trait, label, s[0], s[1], s[2],
                    measurer.measure(e.getKey().type)));
        }
        out.sort(Comparator.comparingLong(Obligation::selfNanos).reversed()
                .thenComparing(o -> o.metrics().nodes(), Comparator.reverseOrder()));
        return out;
    }

    /**
     * Parses every argument once, on all cores (the warp server's 3,000 costliest arguments are 60 MB of
     * type text, a third of the run on one core): each thread its own parser, the nodes shared.
     */
    /** The parses of {@code chosen}: those {@code ready} has (parsed while reading) as they are, the rest parsed now. */
    private ParsedType[] parseAll(List<ProfileArgument> chosen, Map<String, ParsedType> ready) {
        ParsedType[] parsed = new ParsedType[chosen.size()];
        List<ProfileArgument> arguments = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = ready.get(chosen.get(i).text());
            if (parsed[i] == null) {
                arguments.add(chosen.get(i));
                at.add(i);
            }
        }
        ParsedType[] rest = parseAll(arguments);
        for (int k = 0; k < rest.length; k++) {
            parsed[at.get(k)] = rest[k];
        }
        return parsed;
    }

    private ParsedType[] parseAll(List<ProfileArgument> arguments) {
        ParsedType[] parsed = new ParsedType[arguments.size()];
        if (threads < 2 || arguments.size() < PARALLEL_FROM) {
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = parser.parse(arguments.get(i).text());
            }
            return parsed;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            TypeParser own = new TypeParser(parser.interner());
            for (int i = next.getAndIncrement(); i < parsed.length; i = next.getAndIncrement()) {
                parsed[i] = own.parse(arguments.get(i).text());
            }
        };
        List<Thread> helpers = new ArrayList<>();
        Throwable[] failure = new Throwable[threads];
        for (int t = 1; t < threads; t++) {
            int slot = t;
            Thread h = new Thread(() -> {
                try {
                    work.run();
                } catch (Throwable e) {
                    failure[slot] = e;
                    next.set(parsed.length); // the others stop too
                }
            }, "typeheat-parse-" + t);
            h.setDaemon(true);
            h.start();
            helpers.add(h);
        }
        try {
            work.run();
        } finally {
            for (Thread h : helpers) {
                try {
                    h.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while parsing query arguments", e);
                }
            }
        }
        for (Throwable f : failure) {
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
        return parsed;
    }

    private static final int MAX_THREADS = 4;
    /** Fewer arguments than this are parsed on the calling thread (a thread costs more than they do). */
    private static final int PARALLEL_FROM = 64;

    /**
     * Spearman's rank correlation between self time and type size (nodes) over the obligations:
     * near 1 means the big types are the slow ones. NaN with fewer than three obligations.
     */
    public static double timeSizeCorrelation(List<Obligation> obligations) {
        int n = obligations.size();
        if (n < 3) {
            return Double.NaN;
        }
        double[] time = ranks(obligations.stream().mapToDouble(o -> o.selfNanos()).toArray());
        double[] size = ranks(obligations.stream().mapToDouble(o -> o.metrics().nodes()).toArray());
        double mt = Arrays.stream(time).average().orElse(0);
        double ms = Arrays.stream(size).average().orElse(0);
        double cov = 0;
        double vt = 0;
        double vs = 0;
        for (int i = 0; i < n; i++) {
            cov += (time[i] - mt) * (size[i] - ms);
            vt += (time[i] - mt) * (time[i] - mt);
            vs += (size[i] - ms) * (size[i] - ms);
        }
        return vt == 0 || vs == 0 ? Double.NaN : cov / Math.sqrt(vt * vs);
    }

    /** Average ranks (ties share their mean rank). */
    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[idx[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    private record Key(Ty type, String trait) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).type == type && Objects.equals(((Key) o).trait, trait);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(type) * 31 + Objects.hashCode(trait);
        }
    }
}
