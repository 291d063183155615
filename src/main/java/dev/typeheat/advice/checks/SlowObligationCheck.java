package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Durations;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** slow-obligation: rustc's queries over this type took more self time than {@code max-obligation-ms}. */
@LintRule(id = "slow-obligation", title = "Slow trait obligation over a large type",
        summary = "rustc's self-profile shows more self time than max-obligation-ms in queries over one type "
                + "(evaluate_obligation, normalize_canonicalized_projection, codegen_select_candidate, ...): "
                + "proving bounds such as Send or Future through every layer of a nested combinator type.",
        help = "Box the combinator chain at the place shown: rustc then proves the bound once for the boxed "
                + "type instead of through every layer below it.",
        scope = Scope.COSTED_TYPES)
@Threshold(key = SlowObligationCheck.MAX_OBLIGATION_MS, defaultValue = 500, unit = "ms",
        doc = "Self time of rustc's queries over one type, summed over the build.")
public final class SlowObligationCheck extends Check {
    public static final String MAX_OBLIGATION_MS = "max-obligation-ms";

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        long max = config.value(MAX_OBLIGATION_MS);
        long nanos = record.cost().selfNanos();
        if (nanos <= max * 1_000_000L) {
            return Optional.empty();
        }
        String trait = record.trait() != null ? " proving `" + record.trait() + "`" : "";
        return Optional.of(String.format("rustc spent %s%s (%,d queries, slowest %s; max-obligation-ms %d)",
                Durations.format(nanos), trait, record.cost().queryCount(), Durations.format(record.maxSelfNanos()), max));
    }
}
