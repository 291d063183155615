package dev.typeheat.advice.plan;

import dev.typeheat.advice.Family;
import dev.typeheat.input.source.Expr;
import dev.typeheat.types.Ty;

import java.util.List;

/**
 * An expression of the crate matched to the type subtrees it builds.
 *
 * @param expr      the expression that builds them (a method-call chain, a call, a fn's value)
 * @param site      its fn and whether it is a let initialiser or the fn's value
 * @param closures  the closures it composes
 * @param nodes     the type nodes it builds (several when a generic fn builds it for several types)
 * @param positions those nodes' positions in the {@link TypeUniverse}
 * @param family    the combinator family of its type
 * @param calls     calls of the crate's fn whose value {@code expr} is: they build the same nodes
 */
public record Composition(Expr expr, SourceFlow.Site site, ClosureSet closures, List<Ty> nodes, List<Integer> positions,
                          Family family, List<Expr> calls) {

    /** {@code src/main.rs:40:17} */
    public String where() {
        return expr.range().where();
    }
}
