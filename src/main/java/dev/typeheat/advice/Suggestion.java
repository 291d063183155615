package dev.typeheat.advice;

import dev.typeheat.advice.plan.PlannedBox;
import dev.typeheat.types.Ty;

/**
 * Where to call {@code .boxed()} (or the family's remedy) and what it saves: one box of the plan.
 *
 * @param span       the expression that builds the subtree, from its start to its end (where the call goes);
 *                   null when the crate's source was not read
 * @param function   without a span: the closures the boxed piece is composed of
 * @param family     the combinator family
 * @param subtree    the subtree to box
 * @param savesNodes distinct nodes it boxes away
 * @param reason     why: the limit it fixes, or that it is where the composition is handed on
 * @param box        the planned box (its rank, edits and notes)
 */
public record Suggestion(SourceSpan span, String function, Family family, Ty subtree, long savesNodes, String reason,
                         PlannedBox box) {

    /** {@code src/serve/mod.rs:231:14} or what the piece is composed of. */
    public String where() {
        return span != null ? span.toString() : function;
    }

    /** True for the boxes of the plan (every suggestion today; alternatives, when shown, are not). */
    public boolean inPlan() {
        return box != null;
    }
}
