package dev.typeheat.advice.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one list of rules. Everything that names rules or thresholds reads it: the checks the analyzer
 * runs, the {@code --max-*} options, the {@code [lint]} keys of typeheat.toml, SARIF's rule list,
 * {@code lint --help} and the README's rule table (a test compares them). The order is the order
 * rules are listed in, and which rule names a finding first: a failed build, then measured cost, then
 * structure.
 */
public final class Rules {
    private static final List<Check> CHECKS = List.of(new RustcLimitCheck(), new SlowObligationCheck(),
            new LongChainCheck(), new DeepTypeCheck(), new BloatedGenericCheck());
    private static final List<Rule> RULES = CHECKS.stream().map(Check::rule).toList();

    private Rules() {
    }

    static List<Check> checks() {
        return CHECKS;
    }

    public static List<Rule> all() {
        return RULES;
    }

    /** Position in {@link #all()} (SARIF's ruleIndex). */
    public static int indexOf(Rule rule) {
        return RULES.indexOf(rule);
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return RULES.stream().map(Rule::id).toList();
    }

    /** Every threshold of every rule, in rule order. */
    public static List<ThresholdSpec> thresholds() {
        List<ThresholdSpec> out = new ArrayList<>();
        for (Rule r : RULES) {
            out.addAll(r.thresholds());
        }
        return out;
    }

    public static Optional<ThresholdSpec> threshold(String key) {
        return thresholds().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The rule a threshold belongs to. */
    public static Rule ruleOf(ThresholdSpec threshold) {
        return RULES.stream().filter(r -> r.thresholds().contains(threshold)).findFirst().orElseThrow();
    }
}
