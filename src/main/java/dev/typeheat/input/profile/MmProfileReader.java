package dev.typeheat.input.profile;

import dev.typeheat.measure.QueryKind;
import dev.typeheat.measure.QueryTimes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .mm_profdata}: walks the events backwards through {@link QueryTimes}. Each distinct kind
 * and event id is decoded once, into arrays the walk indexes (700,000 events in the warp server's profile
 * share 400,000 event ids and 4 kinds), so the walk itself allocates nothing.
 */
public final class MmProfileReader {

    /** An event kind as the walk needs it. */
    private record Kind(QueryKind kind, boolean cacheHitCount, boolean cacheHit) {
        static Kind of(String name) {
            return new Kind(QueryKind.of(name), name.equals("QueryCacheHitCount"), name.equals("QueryCacheHit"));
        }
    }

    public ProfileData read(Path file, String where) {
        return read(file, where, ArgumentListener.NONE);
    }

    /** Reads a profile, handing the costliest arguments to {@code listener} as they are read. */
    public ProfileData read(Path file, String where, ArgumentListener listener) {
        try (MmProfile profile = MmProfile.open(file, where)) {
            ArgumentTotals totals = new ArgumentTotals();
            QueryTimes times = new QueryTimes(totals);
            StringTable strings = profile.strings();
            strings.prefetchEventIds(profile.kindAndEventIds());
            Ids ids = new Ids(strings, times);
            Map<String, Long> textArguments = new HashMap<>();
            ProfileEvent e = new ProfileEvent();
            boolean anyArguments = false;
            long backwards = 0;
            for (long i = profile.eventCount() - 1; i >= 0; i--) {
                profile.event(i, e);
                Kind kind = ids.kind(e.kindId);
                int slot = ids.slot(e.eventId);
                int label = ids.slotLabel[slot];
                if (e.isInteger()) {
                    if (kind.cacheHitCount()) {
                        times.cacheHitCount(label, e.value1);
                    }
                    continue;
                }
                if (e.isInstant()) {
                    if (kind.cacheHit()) {
                        times.cacheHit(label);
                    }
                    continue;
                }
                if (e.value2 < e.value1) {
                    backwards++; // a damaged event: summed it would count 2^48 ns (281,474 s)
                    continue;
                }
                long argument = QueryTimes.NO_ARGUMENT;
                if (ids.slotArgument[slot] != StringTable.NO_ARGUMENT) {
                    argument = ids.slotArgument[slot];
                    anyArguments = true;
                } else if (ids.slotArgumentText[slot] != null) {
                    // arguments stored as literal text: key them by a negative synthetic id
                    argument = textArguments.computeIfAbsent(ids.slotArgumentText[slot], t -> -2L - textArguments.size());
                    anyArguments = true;
                }
                times.interval(e.thread, label, kind.kind(), e.value1, e.value2, argument);
            }
            times.finish();
            Map<Long, String> byKey = new HashMap<>();
            textArguments.forEach((text, key) -> byKey.put(key, text));
            List<ProfileArgument> costliest = totals.costliest(times, strings::prefetch,
                    key -> key < -1 ? byKey.get(key) : strings.take(key), listener);
            List<String> warnings = strings.cutStrings() == 0 ? List.of() : List.of(String.format(
                    "%,d string(s) of the string table expand past what typeheat expands (%s): cut there, read as truncated",
                    strings.cutStrings(), strings.limits()));
            return new ProfileData(where, times.rows(), times.totalCpuNanos(), times.intervals(), anyArguments,
                    costliest, totals.size(),
                    backwards == 0 ? Map.of() : Map.of("interval event(s) that end before they start", backwards),
                    warnings);
        }
    }

    /** The kinds and event ids of one profile, each decoded when first seen, into a slot of its own. */
    private static final class Ids {
        private final StringTable strings;
        private final QueryTimes times;
        private final LongLongMap kindSlots = new LongLongMap(16);
        private final List<Kind> kinds = new ArrayList<>();
        private final LongLongMap eventSlots = new LongLongMap(1 << 16);
        /** Label string id to label index (a few hundred labels for 400,000 event ids). */
        private final LongLongMap labels = new LongLongMap(1024);
        int[] slotLabel = new int[1024];
        long[] slotArgument = new long[1024];
        String[] slotArgumentText = new String[1024];
        private int slots;

        Ids(StringTable strings, QueryTimes times) {
            this.strings = strings;
            this.times = times;
        }

        Kind kind(long kindId) {
            long k = kindSlots.get(kindId, -1);
            if (k < 0) {
                k = kinds.size();
                kinds.add(Kind.of(strings.resolve(kindId)));
                kindSlots.put(kindId, k);
            }
            return kinds.get((int) k);
        }

        int slot(long eventId) {
            long s = eventSlots.get(eventId, -1);
            if (s >= 0) {
                return (int) s;
            }
            StringTable.EventId id = strings.eventId(eventId);
            int slot = slots++;
            if (slot == slotLabel.length) {
                int n = slot * 2;
                slotLabel = Arrays.copyOf(slotLabel, n);
                slotArgument = Arrays.copyOf(slotArgument, n);
                slotArgumentText = Arrays.copyOf(slotArgumentText, n);
            }
            slotLabel[slot] = label(id);
            slotArgument[slot] = id.argument();
            slotArgumentText[slot] = id.argumentText();
            eventSlots.put(eventId, slot);
            return slot;
        }

        private int label(StringTable.EventId id) {
            if (id.labelText() != null) {
                return times.label(id.labelText());
            }
            long label = labels.get(id.labelId(), -1);
            if (label < 0) {
                label = times.label(strings.resolve(id.labelId()));
                labels.put(id.labelId(), label);
            }
            return (int) label;
        }
    }
}
