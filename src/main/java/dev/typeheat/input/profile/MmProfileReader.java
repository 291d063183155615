package dev.typeheat.input.profile;

import dev.typeheat.measure.QueryKind;
import dev.typeheat.measure.QueryTimes;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a {@code .mm_profdata}: walks the events backwards through {@link QueryTimes}. */
public final class MmProfileReader {

    public ProfileData read(Path file, String where) {
        try (MmProfile profile = MmProfile.open(file, where)) {
            ArgumentTotals totals = new ArgumentTotals();
            QueryTimes times = new QueryTimes(totals);
            StringTable strings = profile.strings();
            strings.prefetchEventIds(profile.kindAndEventIds());
            Map<Long, String> kinds = new HashMap<>();
            Map<String, Long> textArguments = new HashMap<>();
            ProfileEvent e = new ProfileEvent();
            boolean anyArguments = false;
            long backwards = 0;
            for (long i = profile.eventCount() - 1; i >= 0; i--) {
                profile.event(i, e);
                String kind = kinds.computeIfAbsent(e.kindId, strings::resolve);
                StringTable.EventId id = strings.eventId(e.eventId);
                int label = times.label(id.label());
                if (e.isInteger()) {
                    if (kind.equals("QueryCacheHitCount")) {
                        times.cacheHitCount(label, e.value1);
                    }
                    continue;
                }
                if (e.isInstant()) {
                    if (kind.equals("QueryCacheHit")) {
                        times.cacheHit(label);
                    }
                    continue;
                }
                if (e.value2 < e.value1) {
                    backwards++; // a damaged event: summed it would count 2^48 ns (281,474 s)
                    continue;
                }
                long argument = QueryTimes.NO_ARGUMENT;
                if (id.argIds().length > 0) {
                    argument = id.argIds()[0];
                    anyArguments = true;
                } else if (id.argTexts() != null && id.argTexts().length > 0) {
                    // arguments stored as literal text: key them by a negative synthetic id
                    argument = textArguments.computeIfAbsent(id.argTexts()[0], t -> -2L - textArguments.size());
                    anyArguments = true;
                }
                times.interval(e.thread, label, QueryKind.of(kind), e.value1, e.value2, argument);
            }
            times.finish();
            Map<Long, String> byKey = new HashMap<>();
            textArguments.forEach((text, key) -> byKey.put(key, text));
            return new ProfileData(where, times.rows(), times.totalCpuNanos(), times.intervals(), anyArguments,
                    totals.costliest(times, strings::prefetch, key -> key < -1 ? byKey.get(key) : strings.take(key)), totals.size(),
                    backwards == 0 ? Map.of() : Map.of("interval event(s) that end before they start", backwards));
        }
    }
}
