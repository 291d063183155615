package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.measure.SymbolStats;

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
            sizes(g, "largest", stats.largest(top));
            sizes(g, "deepest", stats.deepest(top));
            counts(g, "mostInstantiated", "function", stats.mostInstantiated(top));
            counts(g, "perCrate", "crate", stats.perCrate(top));
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.printf("%,d distinct symbols%n%nLargest instantiation types (nodes, depth):%n", stats.symbols());
        for (SymbolStats.SymbolSize s : stats.largest(top)) {
            w.printf("%8d %5d  %s%n", s.nodes(), s.depth(), NodeLabel.shorten(s.symbol(), width - 16));
        }
        w.printf("%nDeepest:%n");
        for (SymbolStats.SymbolSize s : stats.deepest(top)) {
            w.printf("%8d %5d  %s%n", s.nodes(), s.depth(), NodeLabel.shorten(s.symbol(), width - 16));
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

    private static void sizes(JsonGenerator g, String field, List<SymbolStats.SymbolSize> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (SymbolStats.SymbolSize s : list) {
            g.writeStartObject();
            g.writeStringField("symbol", s.symbol());
            g.writeNumberField("depth", s.depth());
            g.writeNumberField("nodes", s.nodes());
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
