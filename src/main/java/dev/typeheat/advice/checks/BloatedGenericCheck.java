package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.Rule;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** bloated-generic: more tree nodes than {@code max-nodes}, or more IR lines than {@code max-ir-lines}. */
public final class BloatedGenericCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.BLOATED_GENERIC;
    }

    @Override
    public boolean structural() {
        return false;
    }

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        long lines = record.cost().irLines();
        if (lines > config.maxIrLines()) {
            return Optional.of(String.format("%,d LLVM IR lines in %,d instantiations over this type "
                    + "(max-ir-lines %,d)", lines, record.cost().irCopies(), config.maxIrLines()));
        }
        if (outermost && m.nodes() > config.maxNodes()) {
            return Optional.of(String.format("type has %s tree nodes (max-nodes %,d)",
                    m.nodes() == Long.MAX_VALUE ? "more than 9.2e18" : String.format("%,d", m.nodes()),
                    config.maxNodes()));
        }
        return Optional.empty();
    }
}
