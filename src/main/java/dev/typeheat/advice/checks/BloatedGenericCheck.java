package dev.typeheat.advice.checks;

import dev.typeheat.advice.Chain;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.measure.Metrics;

import java.util.Optional;

/** bloated-generic: more tree nodes than {@code max-nodes}, or more IR lines than {@code max-ir-lines}. */
@LintRule(id = "bloated-generic", title = "Bloated generic type",
        summary = "A type with more tree nodes than max-nodes, or whose instantiations produce more LLVM IR "
                + "lines than max-ir-lines. Big types are slow to intern, hash and lay out, and every generic "
                + "function instantiated over them is copied into the IR that LLVM then optimizes.",
        help = "Box the compositions that build the type (typeheat suggest prints the box plan, typeheat fix "
                + "writes it into the source).",
        scope = Scope.COSTED_TYPES)
@Threshold(key = BloatedGenericCheck.MAX_NODES, defaultValue = 400, unit = "nodes",
        doc = "Tree nodes of one outermost type, repeated subtrees counted each time.")
@Threshold(key = BloatedGenericCheck.MAX_IR_LINES, defaultValue = 20_000, unit = "lines",
        doc = "LLVM IR lines of the generic functions instantiated over one type.")
public final class BloatedGenericCheck extends Check {
    public static final String MAX_NODES = "max-nodes";
    public static final String MAX_IR_LINES = "max-ir-lines";

    @Override
    public Optional<String> test(TypeRecord record, Metrics m, Chain chain, LintConfig config, boolean outermost) {
        long maxLines = config.value(MAX_IR_LINES);
        long maxNodes = config.value(MAX_NODES);
        long lines = record.cost().irLines();
        if (lines > maxLines) {
            return Optional.of(String.format("%,d LLVM IR lines in %,d instantiations (max-ir-lines %,d)",
                    lines, record.cost().irCopies(), maxLines));
        }
        if (outermost && m.nodes() > maxNodes) {
            return Optional.of(String.format("%s tree nodes (max-nodes %,d)",
                    m.nodes() == Long.MAX_VALUE ? "more than 9.2e18" : String.format("%,d", m.nodes()), maxNodes));
        }
        return Optional.empty();
    }
}
