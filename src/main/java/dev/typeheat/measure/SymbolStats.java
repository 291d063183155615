package dev.typeheat.measure;

import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Symbols ranked: the largest and deepest instantiation types, the most instantiated functions, per crate. */
public final class SymbolStats {
    /** One symbol with the size of its generic arguments. */
    public record SymbolSize(String symbol, int depth, long nodes) {
    }

    /** A generic function and how many instantiations of it the list holds. */
    public record Generic(String function, long instantiations) {
    }

    private final TypeParser parser = new TypeParser();
    private final Measurer measurer = new Measurer();
    private final List<SymbolSize> sizes = new ArrayList<>();
    private final Map<String, Long> generics = new HashMap<>();
    private final Map<String, Long> crates = new HashMap<>();
    private final Map<String, Boolean> seen = new HashMap<>();
    private long symbols;

    /** Adds one demangled symbol (duplicates count once). */
    public void add(String symbol) {
        String plain = TypePrinter.stripHashes(symbol);
        if (seen.putIfAbsent(plain, Boolean.TRUE) != null) {
            return;
        }
        symbols++;
        generics.merge(GenericName.of(plain), 1L, Long::sum);
        crates.merge(GenericName.crateOf(plain), 1L, Long::sum);
        ParsedType p = parser.parseSymbol(plain);
        if (p.root() == null) {
            return;
        }
        int depth = 0;
        long nodes = 0;
        for (Ty arg : FunctionArguments.of(p.root())) {
            depth = Math.max(depth, measurer.depth(arg));
            nodes = Math.max(nodes, measurer.nodes(arg));
        }
        sizes.add(new SymbolSize(plain, depth, nodes));
    }

    public long symbols() {
        return symbols;
    }

    public List<SymbolSize> largest(int n) {
        return sizes.stream().sorted(Comparator.comparingLong(SymbolSize::nodes).reversed()
                .thenComparing(SymbolSize::symbol)).limit(n).toList();
    }

    public List<SymbolSize> deepest(int n) {
        return sizes.stream().sorted(Comparator.comparingInt(SymbolSize::depth).reversed()
                .thenComparing(SymbolSize::symbol)).limit(n).toList();
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
