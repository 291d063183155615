package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.BuildDiff;
import dev.typeheat.measure.Durations;
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
            json(diff, changes, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        boolean md = format == Format.markdown;
        if (md) {
            w.println("## typeheat diff");
            w.println();
            w.println("| measure | base | head | change |");
            w.println("|---|---:|---:|---:|");
        } else {
            w.printf(Locale.ROOT, "%-28s %14s    %14s  %8s%n", "", "base", "head", "change");
        }
        for (BuildDiff.Total t : diff.totals()) {
            String line = md ? String.format(Locale.ROOT, "| %s | %s | %s | %+.1f%% |", t.name(), value(t, t.base()),
                    value(t, t.head()), t.percent())
                    : String.format(Locale.ROOT, "%-28s %14s -> %14s  %+7.1f%%", t.name(), value(t, t.base()),
                    value(t, t.head()), t.percent());
            w.println(line);
        }
        w.println();
        if (changes.isEmpty()) {
            w.println("No type changed.");
        } else if (md) {
            w.println("| change | nodes | query time | IR lines | built in | type |");
            w.println("|---|---:|---:|---:|---|---|");
        } else {
            w.printf(Locale.ROOT, "Types that changed most (%d of %d; nodes before -> after, matched by shape or by where "
                    + "they are built):%n", changes.size(), diff.changes().size());
        }
        for (BuildDiff.TypeChange c : changes) {
            String type = NodeLabel.shorten(c.shape(), md ? 300 : 110);
            String place = c.place() == null ? "" : c.place();
            if (md) {
                w.printf(Locale.ROOT, "| %s | %,d -> %,d | %s -> %s | %,d -> %,d | %s | `%s` |%n", c.status(), c.baseNodes(),
                        c.headNodes(), Durations.format(c.baseSelfNanos()), Durations.format(c.headSelfNanos()),
                        c.baseIrLines(), c.headIrLines(), cell(place), cell(type).replace("`", "'"));
            } else {
                w.printf(Locale.ROOT, "  %-6s %,9d -> %-,9d %s%n", c.status(), c.baseNodes(), c.headNodes(),
                        place.isEmpty() ? "" : "(" + place + ")");
                w.printf(Locale.ROOT, "         %s%n", type);
            }
        }
        w.flush();
    }

    private static void json(BuildDiff diff, List<BuildDiff.TypeChange> changes, OutputStream out) throws IOException {
        JsonGenerator g = Json.writer(out, false);
        g.writeStartObject();
        g.writeArrayFieldStart("totals");
        for (BuildDiff.Total t : diff.totals()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeStringField("unit", t.unit());
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
            if (c.place() != null) {
                g.writeStringField("place", c.place());
            }
            g.writeBooleanField("matchedByPlace", c.matchedByPlace());
            g.writeNumberField("baseNodes", c.baseNodes());
            g.writeNumberField("headNodes", c.headNodes());
            g.writeNumberField("baseSelfNanos", c.baseSelfNanos());
            g.writeNumberField("headSelfNanos", c.headSelfNanos());
            g.writeNumberField("baseIrLines", c.baseIrLines());
            g.writeNumberField("headIrLines", c.headIrLines());
            g.writeStringField("type", NodeLabel.shorten(c.shape(), 2000));
            if (c.matchedByPlace()) {
                g.writeStringField("baseType", NodeLabel.shorten(c.baseShape(), 2000));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("changedTypes", diff.changes().size());
        Json.finish(g, out);
    }

    /** What grew past {@code --fail-on-growth}, for stderr: each total, and the types that grew most. */
    public static String growthMessage(BuildDiff diff, double percent) {
        StringBuilder sb = new StringBuilder();
        for (BuildDiff.Total t : diff.grewPast(percent)) {
            sb.append(sb.length() == 0 ? "" : "\n").append(String.format(Locale.ROOT,
                    "typeheat: %s grew %.1f%% (%s -> %s), more than --fail-on-growth %s%%", t.name(), t.percent(),
                    value(t, t.base()), value(t, t.head()), new java.math.BigDecimal(String.valueOf(percent)).stripTrailingZeros().toPlainString()));
        }
        for (BuildDiff.TypeChange c : diff.grewMost(3)) {
            sb.append(String.format(Locale.ROOT, "%ntypeheat:   %s %,d -> %,d nodes%s: %s", c.status(), c.baseNodes(), c.headNodes(),
                    c.place() == null ? "" : " (" + c.place() + ")", NodeLabel.shorten(c.shape(), 120)));
        }
        return sb.toString();
    }

    /** A total in its unit: {@code 12.34s}, {@code 52,310}. */
    static String value(BuildDiff.Total t, long v) {
        return t.unit().equals("ns") ? Durations.format(v) : String.format(Locale.ROOT, "%,d", v);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
