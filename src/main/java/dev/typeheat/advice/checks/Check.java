package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.Rule;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.List;
import java.util.Optional;

/** One lint rule: looks at one type and says why it is over the threshold, if it is. */
public interface Check {
    Rule rule();

    /** Whether the rule looks only at outermost types (structure) or at every type that has costs. */
    boolean structural();

    /**
     * The message when over threshold, else empty. {@code chain} is the type's longest family chain (may be
     * null); {@code outermost} is false for a type that only occurs inside a bigger recorded one.
     */
    Optional<String> test(TypeRecord record, Metrics metrics, Chain chain, LintConfig config, boolean outermost);

    /** All checks, in rule order. */
    static List<Check> all() {
        return List.of(new DeepTypeCheck(), new LongChainCheck(), new SlowObligationCheck(), new BloatedGenericCheck(),
                new RustcLimitCheck());
    }
}
