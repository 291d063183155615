package dev.typeheat.types;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Rust types, demangled symbols and rustc Debug output into interned {@link Ty} trees.
 * Never throws on bad text: brackets are balanced first ({@link BracketScanner#repair}), the grammar
 * recovers from what remains, and every cut or damaged place is marked truncated.
 * Deep and huge inputs are parsed in bounded chunks ({@link BracketFolder}), so neither the stack nor
 * ANTLR's parse tree grows with the input. Not thread-safe: use one parser per thread (the
 * {@link Interner} may be shared). A text nested too deep without brackets for the stack is one cut
 * node with one error ({@link #TOO_DEEP}).
 */
public final class TypeParser {
    /** ThinLTO's {@code .llvm.NNN} and ELF symbol versions ({@code memcpy@GLIBC_2.14}, {@code @@}). */
    private static final Pattern SYMBOL_SUFFIX = Pattern.compile("(\\.llvm\\.[0-9A-Za-z@.]+|@@?[A-Za-z0-9_.]+)$");

    static final String TOO_DEEP = "nested deeper than the parser's stack allows without brackets"
            + " (a chain of &, *const, fn() ->, dyn or impl): not parsed";

    private final Interner interner;
    private final List<Content> folded = new ArrayList<>();
    private final ChunkParser chunks;
    private final BracketFolder folder;

    public TypeParser(Interner interner) {
        this.interner = interner;
        this.chunks = new ChunkParser(interner, folded);
        this.folder = new BracketFolder(interner, chunks, folded);
    }

    public TypeParser() {
        this(new Interner());
    }

    public Interner interner() {
        return interner;
    }

    /** Characters of parsed texts the group cache keeps alive. */
    long cachedChars() {
        return folder.cache().keptChars();
    }

    /** Chunks handed to ANTLR so far. */
    long chunkParses() {
        return chunks.parses();
    }

    /** Parses a type or Debug text. */
    public ParsedType parse(String text) {
        return parse(text, "");
    }

    /** Parses a demangled symbol: a {@code .llvm.NNN} or {@code @GLIBC_2.14} suffix is set aside first. */
    public ParsedType parseSymbol(String symbol) {
        Matcher m = SYMBOL_SUFFIX.matcher(symbol);
        if (m.find()) {
            return parse(symbol.substring(0, m.start()), m.group());
        }
        return parse(symbol, "");
    }

    private ParsedType parse(String text, String suffix) {
        BracketScanner.Repaired fixed = BracketScanner.repair(text);
        chunks.resetErrors();
        Ty root;
        try {
            root = folder.parse(fixed.text());
        } catch (StackOverflowError tooDeep) {
            // Brackets are folded, but prefix chains (`&&&..`, `*const *const ..`, `fn() -> fn() -> ..`,
            // `dyn dyn ..`) nest without them: such a text stands as one cut node instead of ending the run.
            folded.clear();
            return new ParsedType(interner.missing(), true, 1, TOO_DEEP, suffix);
        }
        folded.clear();
        int errors = chunks.syntaxErrors();
        String first = chunks.firstError();
        if (root != null && fixed.damaged() && !root.truncated() && !containsElision(fixed.text())) {
            root = interner.withFlag(root, Ty.TRUNCATED);
        }
        return new ParsedType(root, fixed.damaged(), errors, first, suffix);
    }

    private static boolean containsElision(String s) {
        return s.indexOf('\u2026') >= 0;
    }
}
