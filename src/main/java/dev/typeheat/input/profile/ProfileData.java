package dev.typeheat.input.profile;

import dev.typeheat.measure.QueryRow;

import java.util.List;
import java.util.Map;

/**
 * What a self-profile says: per-label times like {@code summarize}, and the costliest query arguments.
 *
 * @param file          where it was read from
 * @param rows          per label, by self time
 * @param totalCpuNanos summarize's "Total cpu time"
 * @param events        interval events read
 * @param hasArguments  whether the profile was recorded with {@code -Z self-profile-events=default,args}
 * @param arguments     the arguments worth analysing, by self time (see {@link ArgumentTotals})
 * @param distinctArguments how many distinct arguments the profile has in all
 * @param skipped       events left out, per reason (malformed, or times that cannot be: an end before the start)
 * @param warnings      what was read with a caveat the user must hear (strings cut at the expansion cap)
 */
public record ProfileData(String file, List<QueryRow> rows, long totalCpuNanos, long events, boolean hasArguments,
                          List<ProfileArgument> arguments, long distinctArguments, Map<String, Long> skipped,
                          List<String> warnings) {
}
