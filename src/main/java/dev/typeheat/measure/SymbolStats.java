package dev.typeheat.measure;

import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Symbols ranked: the largest and deepest types they are instantiated over (each distinct type once, with
 * how many symbols use it), the most instantiated functions, symbols per crate.
 */
public final class SymbolStats {
    /**
     * A type some symbols are instantiated over: its size, how many distinct symbols have it among their
     * generic arguments, and the shortest of them as an example.
     */
    public record TypeUse(String type, int depth, long nodes, long symbols, String example) {
    }

    /** A generic function and how many instantiations of it the list holds. */
    public record Generic(String function, long instantiations) {
    }

    /** Mutable tally behind a {@link TypeUse}; types are interned, so identity is the key. */
    private static final class Tally {
        final Ty type;
        final int depth;
        final long nodes;
        long symbols;
        String example;

        Tally(Ty type, int depth, long nodes) {
            this.type = type;
            this.depth = depth;
            this.nodes = nodes;
        }
    }

    private final TypeParser parser = new TypeParser();
    private final Measurer measurer = new Measurer();
    private final Map<Ty, Tally> types = new HashMap<>();
    private final Map<String, Long> generics = new HashMap<>();
    private final Map<String, Long> crates = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private long symbols;

    /** Adds one demangled symbol (duplicates count once). */
    public void add(String symbol) {
        String plain = TypePrinter.stripHashes(symbol);
        if (!seen.add(plain)) {
            return;
        }
        symbols++;
        generics.merge(GenericName.of(plain), 1L, Long::sum);
        crates.merge(GenericName.crateOf(plain), 1L, Long::sum);
        ParsedType p = parser.parseSymbol(plain);
        if (p.root() == null) {
            return;
        }
        for (Ty arg : new LinkedHashSet<>(FunctionArguments.of(p.root()))) {
            Tally t = types.computeIfAbsent(arg, a -> new Tally(a, measurer.depth(a), measurer.nodes(a)));
            t.symbols++;
            if (t.example == null || plain.length() < t.example.length()
                    || (plain.length() == t.example.length() && plain.compareTo(t.example) < 0)) {
                t.example = plain;
            }
        }
    }

    public long symbols() {
        return symbols;
    }

    /** How many distinct types the symbols' generic arguments hold. */
    public long types() {
        return types.size();
    }

    /** The types with the most nodes; ties by depth, then by first appearance. */
    public List<TypeUse> largest(int n) {
        return ranked(Comparator.<Tally>comparingLong(t -> t.nodes).thenComparingInt(t -> t.depth), n);
    }

    /** The most deeply nested types; ties by nodes, then by first appearance. */
    public List<TypeUse> deepest(int n) {
        return ranked(Comparator.<Tally>comparingInt(t -> t.depth).thenComparingLong(t -> t.nodes), n);
    }

    /** The first {@code n}, biggest first; only those are printed. Interned ids break ties. */
    private List<TypeUse> ranked(Comparator<Tally> biggestLast, int n) {
        return types.values().stream()
                .sorted(biggestLast.reversed().thenComparingInt(t -> t.type.id()))
                .limit(n)
                .map(t -> new TypeUse(TypePrinter.WITHOUT_HASHES.print(t.type), t.depth, t.nodes, t.symbols, t.example))
                .toList();
    }

    public List<Generic> mostInstantiated(int n) {
        return top(generics, n).stream().map(e -> new Generic(e.getKey(), e.getValue())).toList();
    }

    public List<Generic> perCrate(int n) {
        return top(crates, n).stream().map(e -> new Generic(e.getKey(), e.getValue())).toList();
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> m, int n) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(n).toList();
    }

}
