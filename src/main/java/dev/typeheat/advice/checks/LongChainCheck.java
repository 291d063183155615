package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** long-chain: more directly nested combinators of one family than {@code max-chain}. */
@LintRule(id = "long-chain", title = "Long combinator chain",
        summary = "More combinators of one family nested directly in each other (Or<Or<Or<..>>>, "
                + "Map<Filter<Zip<..>>>) than max-chain. Each link wraps the whole chain before it, so the type, "
                + "the trait obligations rustc proves over it and its generated code grow with every link.",
        help = "Box the chain's operands (each route before .or(), each stream before .chain()) or box the "
                + "chain in the middle, so that both halves stay short.",
        scope = Scope.OUTERMOST_TYPES)
@Threshold(key = LongChainCheck.MAX_CHAIN, defaultValue = 12, unit = "combinators",
        doc = "Combinators of one family nested directly in each other (Or<Or<Or<..>>> is 3).")
public final class LongChainCheck extends Check {
    public static final String MAX_CHAIN = "max-chain";

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        long max = config.value(MAX_CHAIN);
        if (chain == null || chain.length() <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format("%d %s nested directly (max-chain %d)",
                chain.length(), chain.family().name(), max));
    }
}
