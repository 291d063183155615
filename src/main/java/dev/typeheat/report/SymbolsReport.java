package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.measure.SymbolStats;
import dev.typeheat.types.NodeLabel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What {@code typeheat symbols} prints. */
public final class SymbolsReport {
    private final int top;
    private final int width;

    public SymbolsReport(int top, int width) {
        this.top = top;
        this.width = width;
    }

    public void write(SymbolStats stats, OutputFormat format, OutputStream out) throws IOException {
        if (format == OutputFormat.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeNumberField("symbols", stats.symbols());
            g.writeNumberField("types", stats.types());
            sizes(g, "largest", stats.largest(top));
            sizes(g, "deepest", stats.deepest(top));
            counts(g, "mostInstantiated", "function", stats.mostInstantiated(top));
            counts(g, "perCrate", "crate", stats.perCrate(top));
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.printf("%,d distinct symbols, %,d types among their generic arguments%n", stats.symbols(), stats.types());
        w.printf("%nLargest types (nodes, depth, symbols instantiated over it):%n");
        for (SymbolStats.TypeUse t : stats.largest(top)) {
            typeLine(w, t);
        }
        w.printf("%nDeepest types:%n");
        for (SymbolStats.TypeUse t : stats.deepest(top)) {
            typeLine(w, t);
        }
        w.printf("%nGeneric functions with the most instantiations:%n");
        for (SymbolStats.Generic g : stats.mostInstantiated(top)) {
            w.printf("%8d  %s%n", g.instantiations(), NodeLabel.shorten(g.function(), width - 10));
        }
        w.printf("%nSymbols per crate:%n");
        for (SymbolStats.Generic g : stats.perCrate(top)) {
            w.printf("%8d  %s%n", g.instantiations(), g.function());
        }
        w.flush();
    }

    /** One type, and under it the shortest symbol instantiated over it. */
    private void typeLine(PrintWriter w, SymbolStats.TypeUse t) {
        w.printf("%8d %5d %6d  %s%n", t.nodes(), t.depth(), t.symbols(), NodeLabel.shorten(t.type(), width - 23));
        w.printf("%23s e.g. %s%n", "", NodeLabel.shorten(t.example(), width - 28));
    }

    private static void sizes(JsonGenerator g, String field, List<SymbolStats.TypeUse> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (SymbolStats.TypeUse t : list) {
            g.writeStartObject();
            g.writeStringField("type", t.type());
            g.writeNumberField("depth", t.depth());
            g.writeNumberField("nodes", t.nodes());
            g.writeNumberField("symbols", t.symbols());
            g.writeStringField("example", t.example());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String field, String key, List<SymbolStats.Generic> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (SymbolStats.Generic c : list) {
            g.writeStartObject();
            g.writeStringField(key, c.function());
            g.writeNumberField("count", c.instantiations());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
