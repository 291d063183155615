package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.measure.LinesComparison;
import dev.typeheat.measure.LinesTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The table cargo-llvm-lines prints (its current format: TOTAL row, then per row the share and the
 * cumulative share of lines and of copies), so people read it at once; and the same as JSON.
 */
public final class LinesReport {
    private final boolean withSize;

    /** {@code withSize}: add depth and nodes columns (instance and type views). */
    public LinesReport(boolean withSize) {
        this.withSize = withSize;
    }

    public void write(LinesTable table, List<LinesTable.Row> rows, OutputFormat format, OutputStream out)
            throws IOException {
        if (format == OutputFormat.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeObjectFieldStart("total");
            g.writeNumberField("lines", table.totalLines());
            g.writeNumberField("copies", table.totalCopies());
            g.writeEndObject();
            g.writeArrayFieldStart("rows");
            for (LinesTable.Row r : rows) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeNumberField("lines", r.lines());
                g.writeNumberField("copies", r.copies());
                if (withSize) {
                    g.writeNumberField("depth", r.depth());
                    g.writeNumberField("nodes", r.nodes());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int lw = Long.toString(table.totalLines()).length();
        int cw = Long.toString(table.totalCopies()).length();
        String size = withSize ? "  Depth    Nodes" : "";
        w.print("  Lines" + spaces(lw) + "           Copies" + spaces(cw) + "          " + (withSize ? size.substring(2) + "  " : "") + "Function name\n");
        w.print("  -----" + spaces(lw) + "           ------" + spaces(cw) + "          " + (withSize ? "-----    -----  " : "") + "-------------\n");
        w.print("  " + pad(table.totalLines(), lw) + "                " + pad(table.totalCopies(), cw) + "                "
                + (withSize ? spaces(size.length() - 2 + 2) : "") + "(TOTAL)\n");
        long cumLines = 0;
        long cumCopies = 0;
        for (LinesTable.Row r : rows) {
            cumLines += r.lines();
            cumCopies += r.copies();
            String pl = percent(r.lines(), cumLines, table.totalLines());
            String pc = percent(r.copies(), cumCopies, table.totalCopies());
            w.print("  " + pad(r.lines(), lw) + " " + padRight(pl, 14) + " " + pad(r.copies(), cw) + " " + padRight(pc, 14)
                    + " " + (withSize ? String.format("%5d %8d  ", r.depth(), r.nodes()) : "") + r.name() + "\n");
        }
        w.flush();
    }

    /** Two tables compared like {@code diff}: TOTAL, then the rows that changed, largest change first. */
    public void writeComparison(LinesComparison c, List<LinesComparison.Row> rows, OutputFormat format, OutputStream out)
            throws IOException {
        if (format == OutputFormat.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeStringField("before", c.before());
            g.writeStringField("after", c.after());
            g.writeFieldName("total");
            comparisonRow(g, c.total());
            g.writeArrayFieldStart("changed");
            for (LinesComparison.Row r : rows) {
                comparisonRow(g, r);
            }
            g.writeEndArray();
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print("--- " + c.before() + "\n+++ " + c.after() + "\n");
        w.print(String.format("%12s %12s %19s %8s %8s  %s%n", "Lines before", "Lines after", "Change", "Copies", "Copies", "Function name"));
        w.print(String.format("%12s %12s %19s %8s %8s  %s%n", "------------", "-----------", "------", "------", "------", "-------------"));
        comparisonLine(w, c.total());
        for (LinesComparison.Row r : rows) {
            comparisonLine(w, r);
        }
        if (rows.isEmpty()) {
            w.print("(no function changed)\n");
        }
        w.flush();
    }

    private static void comparisonRow(JsonGenerator g, LinesComparison.Row r) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", r.name());
        g.writeNumberField("linesBefore", r.linesBefore());
        g.writeNumberField("linesAfter", r.linesAfter());
        g.writeNumberField("change", r.change());
        g.writeNumberField("copiesBefore", r.copiesBefore());
        g.writeNumberField("copiesAfter", r.copiesAfter());
        g.writeEndObject();
    }

    private static void comparisonLine(PrintWriter w, LinesComparison.Row r) {
        String pct = r.linesBefore() == 0 ? "new" : r.linesAfter() == 0 ? "gone"
                : String.format("%+.1f%%", (r.linesAfter() - r.linesBefore()) * 100.0 / r.linesBefore());
        w.print(String.format("%,12d %,12d %+,10d %8s %,8d %,8d  %s%n", r.linesBefore(), r.linesAfter(), r.change(),
                "(" + pct + ")", r.copiesBefore(), r.copiesAfter(), r.name()));
    }

    /** {@code ({:3.1}%,{:5.1}%)} with Rust's exact, round-half-to-even decimal rounding. */
    static String percent(long part, long cumulative, long total) {
        double p = total == 0 ? 0 : part * 100.0 / total;
        double c = total == 0 ? 0 : cumulative * 100.0 / total;
        return "(" + padLeft(oneDecimal(p), 3) + "%," + padLeft(oneDecimal(c), 5) + "%)";
    }

    static String oneDecimal(double v) {
        // Away from a half, ten times the double (off by far less than 1e-6) rounds the same way as its exact
        // value; near one, BigDecimal decides exactly (a table has thousands of these and a run is short).
        double tens = v * 10;
        double floor = Math.floor(tens);
        double fraction = tens - floor;
        if (v >= 0 && tens < 1e12 && Math.abs(fraction - 0.5) > 1e-6) {
            long tenths = (long) floor + (fraction > 0.5 ? 1 : 0);
            return (tenths / 10) + "." + (tenths % 10);
        }
        return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(long v, int width) {
        return padLeft(Long.toString(v), width);
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : spaces(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + spaces(width - s.length());
    }

    private static String spaces(int n) {
        return " ".repeat(Math.max(0, n));
    }
}
