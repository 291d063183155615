package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.Rule;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** long-chain: more directly nested combinators of one family than {@code max-chain}. */
public final class LongChainCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.LONG_CHAIN;
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        if (chain == null || chain.length() <= config.maxChain()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%d %s nested directly in each other (max-chain %d)",
                chain.length(), chain.family().name(), config.maxChain()));
    }
}
