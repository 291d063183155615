package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** {@code ({:3.1}%,{:5.1}%)} with Rust's exact, round-half-to-even decimal rounding. */
    static String percent(long part, long cumulative, long total) {
        double p = total == 0 ? 0 : part * 100.0 / total;
        double c = total == 0 ? 0 : cumulative * 100.0 / total;
        return "(" + padLeft(oneDecimal(p), 3) + "%," + padLeft(oneDecimal(c), 5) + "%)";
    }

    static String oneDecimal(double v) {
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
