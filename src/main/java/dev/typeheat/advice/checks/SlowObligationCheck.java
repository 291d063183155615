package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.Rule;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Durations;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** slow-obligation: rustc's queries over this type took more self time than {@code max-obligation-ms}. */
public final class SlowObligationCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.SLOW_OBLIGATION;
    }

    @Override
    public boolean structural() {
        return false;
    }

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        long nanos = record.cost().selfNanos();
        if (nanos <= config.maxObligationMs() * 1_000_000L) {
            return Optional.empty();
        }
        String trait = record.trait() != null ? " proving `" + record.trait() + "`" : "";
        return Optional.of(String.format("rustc spent %s in %,d queries%s over this type (slowest %s; "
                        + "max-obligation-ms %d)", Durations.format(nanos), record.cost().queryCount(), trait,
                Durations.format(record.maxSelfNanos()), config.maxObligationMs()));
    }
}
