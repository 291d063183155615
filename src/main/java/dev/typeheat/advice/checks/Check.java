package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.List;
import java.util.Optional;

/**
 * One lint rule: looks at one type and says why it is over the threshold, if it is. Subclasses declare
 * what they are with {@link LintRule} and their settings with {@link Threshold}.
 */
public abstract class Check {
    private final Rule rule = Rule.of(getClass());

    public final Rule rule() {
        return rule;
    }

    /** Whether the rule looks only at outermost types (structure) or at every type that has costs. */
    public final boolean structural() {
        return rule.scope() == Scope.OUTERMOST_TYPES;
    }

    /**
     * The message when over threshold, else empty. {@code chain} is the type's longest family chain (may be
     * null); {@code outermost} is false for a type that only occurs inside a bigger recorded one.
     */
    public abstract Optional<String> test(TypeRecord record, Metrics metrics, Chain chain, LintConfig config,
                                          boolean outermost);

    /** All checks, in rule order. */
    public static List<Check> all() {
        return Rules.checks();
    }
}
