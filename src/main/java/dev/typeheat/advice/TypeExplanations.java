package dev.typeheat.advice;

import dev.typeheat.input.InputKind;
import dev.typeheat.input.Sample;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The types {@code typeheat explain} shows: every distinct type read (one given on the command line, or
 * every line of a long-type file, every type quoted in an error), parsed once, largest first, each with
 * where it was first seen and the types inside it that the lint rules measure.
 */
public final class TypeExplanations {
    /**
     * One type to explain.
     *
     * @param parsed   the parse of the whole text
     * @param where    {@code file:line} where it was first read, or {@code <argument>}
     * @param measured the types the lint rules measure in it (the type inside a predicate or Debug wrapper);
     *                 just the root when the text is itself a plain type
     */
    public record Explained(ParsedType parsed, String where, List<Ty> measured) {
    }

    private final TypeParser parser = new TypeParser();
    private final Measurer measurer;
    private final Subjects subjects;
    private final Map<String, Explained> byText = new LinkedHashMap<>();

    public TypeExplanations(Measurer measurer) {
        this.measurer = measurer;
        this.subjects = new Subjects(measurer);
    }

    /**
     * Adds a sample read from an input. Symbols are read as the function path they demangle to, without
     * crate disambiguators and symbol hash, as a symbol given on the command line is: the same symbol gives
     * the same tree and metrics whether it was typed or read from a file.
     */
    public void add(Sample s) {
        boolean symbol = s.kind() == InputKind.SYMBOLS || s.kind() == InputKind.LLVM_IR || s.kind() == InputKind.LLVM_LINES;
        add(symbol ? TypePrinter.stripHashes(s.text()) : s.text(), s.line() > 0 ? s.file() + ":" + s.line() : s.file(), symbol);
    }

    public void add(String text, String where, boolean symbol) {
        String t = text.strip();
        if (t.isEmpty() || byText.containsKey(t)) {
            return;
        }
        ParsedType p = symbol ? parser.parseSymbol(t) : parser.parse(t);
        if (p.root() == null) {
            return;
        }
        List<Ty> measured = new ArrayList<>();
        List<Subjects.Subject> found = symbol ? subjects.ofSymbol(p.root()) : subjects.ofTypeText(p.root());
        for (Subjects.Subject sub : found) {
            measured.add(sub.type());
        }
        byText.put(t, new Explained(p, where, measured.isEmpty() || measured.equals(List.of(p.root())) ? List.of(p.root()) : measured));
    }

    /** Every type, the most nodes first (then the deepest, then in reading order). */
    public List<Explained> largestFirst() {
        List<Explained> out = new ArrayList<>(byText.values());
        out.sort(Comparator.comparingLong((Explained e) -> measurer.nodes(e.parsed().root())).reversed()
                .thenComparing(Comparator.comparingInt((Explained e) -> measurer.depth(e.parsed().root())).reversed()));
        return out;
    }
}
