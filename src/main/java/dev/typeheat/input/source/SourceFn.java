package dev.typeheat.input.source;

/**
 * A fn of the crate (free, in an impl or a trait, or nested in another fn's body).
 *
 * @param name       its name
 * @param defPath    its path as rustc's def paths print it, without crate hashes ({@code app::routes::api})
 * @param range      the whole item
 * @param returnType the declared return type's text, or null ({@code impl Filter<Extract = (Ctx,), Error = Infallible> + Clone})
 * @param returnTypeRange where that text is, or null
 * @param body       its body, or null for a declaration without one
 * @param inImpl     true for methods and associated fns
 */
public record SourceFn(String name, String defPath, TextRange range, String returnType, TextRange returnTypeRange,
                       Expr.Block body, boolean inImpl) {

    /** A fn is itself: two fns with the same text are still two (and hashing a whole body would be slow). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
