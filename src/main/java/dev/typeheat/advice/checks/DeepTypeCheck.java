package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** deep-type: the type's tree is deeper than {@code max-depth}. */
@LintRule(id = "deep-type", title = "Type nested too deeply",
        summary = "A type whose tree is deeper than max-depth. rustc's trait solver, type-length checks and "
                + "layout queries walk the nesting, and every level multiplies the code generated for it.",
        help = "Box the combinator chain at the place shown (Filter::boxed(), FutureExt::boxed(), "
                + "BoxCloneService, Box<dyn Iterator>) so the type stops growing there.",
        scope = Scope.OUTERMOST_TYPES)
@Threshold(key = DeepTypeCheck.MAX_DEPTH, defaultValue = 24, unit = "levels",
        doc = "Nodes on the longest path from a type's root to a leaf; the box plan keeps composed types within it.")
public final class DeepTypeCheck extends Check {
    public static final String MAX_DEPTH = "max-depth";

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        long max = config.value(MAX_DEPTH);
        if (m.depth() <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format("nested %d levels deep (max-depth %d)", m.depth(), max));
    }
}
