package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.BuildDiff;
import dev.typeheat.types.NodeLabel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** What {@code typeheat diff} prints: totals before and after, then the types that changed most. */
public final class DiffReport {
    /** Output formats of diff. */
    public enum Format { text, json, markdown }

    private final int top;

    public DiffReport(int top) {
        this.top = top;
    }

    public void write(BuildDiff diff, Format format, OutputStream out) throws IOException {
        List<BuildDiff.TypeChange> changes = diff.changes().subList(0, Math.min(top, diff.changes().size()));
        if (format == Format.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeArrayFieldStart("totals");
            for (BuildDiff.Total t : diff.totals()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeNumberField("base", t.base());
                g.writeNumberField("head", t.head());
                g.writeNumberField("percent", Math.round(t.percent() * 10) / 10.0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("types");
            for (BuildDiff.TypeChange c : changes) {
                g.writeStartObject();
                g.writeStringField("status", c.status());
                g.writeNumberField("baseNodes", c.baseNodes());
                g.writeNumberField("headNodes", c.headNodes());
                g.writeNumberField("baseSelfNanos", c.baseSelfNanos());
                g.writeNumberField("headSelfNanos", c.headSelfNanos());
                g.writeNumberField("baseIrLines", c.baseIrLines());
                g.writeNumberField("headIrLines", c.headIrLines());
                g.writeStringField("type", NodeLabel.shorten(c.shape(), 2000));
                g.writeEndObject();
            }
            g.writeEndArray();
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean md = format == Format.markdown;
        if (md) {
            w.println("## typeheat diff");
            w.println();
            w.println("| measure | base | head | change |");
            w.println("|---|---:|---:|---:|");
        }
        for (BuildDiff.Total t : diff.totals()) {
            String line = md ? String.format(Locale.ROOT, "| %s | %,d | %,d | %+.1f%% |", t.name(), t.base(), t.head(), t.percent())
                    : String.format(Locale.ROOT, "%-28s %,14d -> %,14d  %+7.1f%%", t.name(), t.base(), t.head(), t.percent());
            w.println(line);
        }
        w.println();
        if (md) {
            w.println("| status | nodes | IR lines | type |");
            w.println("|---|---:|---:|---|");
        } else {
            w.println("Types that changed most (nodes before -> after):");
        }
        for (BuildDiff.TypeChange c : changes) {
            String type = NodeLabel.shorten(c.shape(), 140);
            if (md) {
                w.printf(Locale.ROOT, "| %s | %,d -> %,d | %,d -> %,d | `%s` |%n", c.status(), c.baseNodes(), c.headNodes(),
                        c.baseIrLines(), c.headIrLines(), type.replace("|", "\\|").replace("`", "'"));
            } else {
                w.printf(Locale.ROOT, "  %-6s %7d -> %-7d %s%n", c.status(), c.baseNodes(), c.headNodes(), type);
            }
        }
        w.flush();
    }
}
