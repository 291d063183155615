package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.Rule;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** deep-type: the type's tree is deeper than {@code max-depth}. */
public final class DeepTypeCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.DEEP_TYPE;
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        if (m.depth() <= config.maxDepth()) {
            return Optional.empty();
        }
        return Optional.of(String.format("type nested %d levels deep (max-depth %d), %,d nodes",
                m.depth(), config.maxDepth(), m.nodes()));
    }
}
