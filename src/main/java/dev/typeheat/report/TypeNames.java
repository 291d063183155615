package dev.typeheat.report;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.SourceSpan;
import dev.typeheat.types.RustSpelling;
import dev.typeheat.types.Ty;

import java.util.Map;

/**
 * Types as people read them in rustc's error messages: Debug spellings of self-profile arguments
 * rewritten ({@link RustSpelling}), closures placed by the run's debug info, crate hashes left out.
 */
public final class TypeNames {
    private final RustSpelling spelling;

    public TypeNames(Map<String, SourceSpan> closurePlaces) {
        this.spelling = new RustSpelling(path -> {
            SourceSpan s = closurePlaces.get(path);
            return s == null ? null : s.file() + ":" + s.line() + ":" + s.column();
        });
    }

    public TypeNames(Analysis a) {
        this(a.closurePlaces());
    }

    /** {@code t} shortened to {@code width} characters (its start and end around an elision mark). */
    public String of(Ty t, int width) {
        return spelling.print(t, width);
    }
}
