package dev.typeheat.advice;

import dev.typeheat.types.Ty;

/**
 * Where to call {@code .boxed()} (or the family's remedy) and what it saves.
 *
 * @param span       the user's code that builds the subtree; null when no closure span locates it
 * @param function   the enclosing function path when there is no span (e.g. {@code app::routes::{closure#0}})
 * @param family     the combinator family
 * @param subtree    the subtree to box
 * @param savesNodes tree nodes it removes from the types that contain it
 * @param reason     why: {@code operand of a 4-link Or chain} or {@code cut to fit 400 nodes}
 */
public record Suggestion(SourceSpan span, String function, Family family, Ty subtree, long savesNodes, String reason) {

    /** {@code src/serve/mod.rs:231:14} or the function path. */
    public String where() {
        return span != null ? span.toString() : function;
    }
}
