package dev.typeheat.types;

/**
 * The result of parsing one type string.
 *
 * @param root         the type, or null when the text held nothing to parse (empty or blank)
 * @param repaired     brackets had to be balanced: the text was cut or damaged
 * @param syntaxErrors how many places the grammar had to recover from; such nodes are marked truncated
 * @param firstError   the first recovery, for messages ({@code column 12: ...}), or null
 * @param suffix       a symbol suffix removed before parsing ({@code .llvm.1234}), or empty
 */
public record ParsedType(Ty root, boolean repaired, int syntaxErrors, String firstError, String suffix) {

    /** True when the parser saw the text as complete and well-formed. */
    public boolean clean() {
        return root != null && !repaired && syntaxErrors == 0;
    }
}
