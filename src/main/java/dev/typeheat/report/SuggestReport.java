package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.plan.BoxPlan;
import dev.typeheat.advice.plan.PlannedBox;
import dev.typeheat.advice.plan.SourceEdit;
import dev.typeheat.input.Terminal;
import dev.typeheat.types.TypePrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code typeheat suggest} prints: the box plan, in its order (the edit that gains most first), each
 * box with where it goes (start to end of the expression, the end being where the call is added), what
 * it fixes and what it is worth; then what the whole plan does to the composed types.
 */
public final class SuggestReport {
    private final int top;
    private final int width;

    public SuggestReport(int top, int width) {
        this.top = top;
        this.width = width;
    }

    public void write(Analysis a, OutputFormat format, OutputStream out) throws IOException {
        List<Suggestion> shown = a.suggestions().subList(0, Math.min(top, a.suggestions().size()));
        if (format == OutputFormat.json) {
            json(a, shown, out);
            return;
        }
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        BoxPlan plan = a.plan();
        if (shown.isEmpty()) {
            w.println(a.types().size() == 0 ? "No suggestions: no type was read (see what was read above)."
                    : "No suggestions: no composition of your code is over max-chain " + plan.maxChain()
                    + " or max-depth " + plan.maxDepth() + ".");
        } else {
            w.printf("Plan: %d box%s, the fewest that keep every composed type within max-chain %d and max-depth %d;%n"
                            + "in order of what each gains (the first alone gains most, each next adds most to those before it).%n",
                    plan.boxes().size(), plan.boxes().size() == 1 ? "" : "es", plan.maxChain(), plan.maxDepth());
        }
        for (Suggestion s : shown) {
            PlannedBox b = s.box();
            w.println();
            if (b.where().located()) {
                w.printf("%2d. %s  %s%n", b.rank(), Terminal.style(b.where().toString(), "1"),
                        shorten(b.where().code(), width - b.where().toString().length() - 6));
                w.printf("    add %s at %d:%d%s%n", Terminal.style(b.family().call(), "36"), endLine(b), endColumn(b),
                        b.family().requires().isEmpty() ? "" : " (needs " + b.family().requires() + ")");
            } else {
                w.printf("%2d. %s%n", b.rank(), Terminal.style(b.where().toString(), "1"));
                w.printf("    add %s where that composition ends: typeheat did not read the crate's source, so it cannot say"
                        + " which line (run it in the crate or pass --src DIR)%n", Terminal.style(b.family().call(), "36"));
            }
            if (!b.note().isEmpty()) {
                w.printf("    %s%n", b.note());
            }
            w.printf("    why: %s%n", b.why());
            w.printf("    gain: boxes away %,d distinct nodes, carried by %,d type%s%n", Math.max(0, b.worth().pieceNodes() - 1),
                    b.worth().carriers(), b.worth().carriers() == 1 ? "" : "s");
        }
        if (a.suggestions().size() > shown.size()) {
            w.printf("%n... %d more boxes in the plan (--top %d)%n", a.suggestions().size() - shown.size(), a.suggestions().size());
        }
        if (!plan.effects().isEmpty()) {
            w.println();
            w.println("Effect of the whole plan:");
            for (BoxPlan.Effect e : plan.effects()) {
                w.printf("  %s: depth %d -> %d, longest chain %d -> %d, distinct nodes %,d -> %,d%n", e.what(),
                        e.depthBefore(), e.depthAfter(), e.chainBefore(), e.chainAfter(), e.distinctBefore(), e.distinctAfter());
            }
        }
        if (!plan.unfixable().isEmpty()) {
            w.println();
            w.printf("Over a limit with nothing of your code to box (%d): %s%n", plan.unfixable().size(),
                    shorten(plan.unfixable().get(0), width - 40));
        }
        for (String note : plan.notes()) {
            w.printf("%nNote: %s%n", note);
        }
        if (!shown.isEmpty() && plan.sourceRead()) {
            w.printf("%ntypeheat fix prints the plan as a diff; typeheat fix --apply writes it.%n");
        }
        w.flush();
    }

    private void json(Analysis a, List<Suggestion> shown, OutputStream out) throws IOException {
        JsonGenerator g = Json.writer(out, false);
        g.writeStartObject();
        g.writeArrayFieldStart("suggestions");
        for (Suggestion s : shown) {
            writeSuggestion(g, s);
        }
        g.writeEndArray();
        g.writeNumberField("total", a.suggestions().size());
        BoxPlan plan = a.plan();
        g.writeBooleanField("sourceRead", plan.sourceRead());
        g.writeArrayFieldStart("effects");
        for (BoxPlan.Effect e : plan.effects()) {
            g.writeStartObject();
            g.writeStringField("composition", e.what());
            g.writeNumberField("depthBefore", e.depthBefore());
            g.writeNumberField("depthAfter", e.depthAfter());
            g.writeNumberField("chainBefore", e.chainBefore());
            g.writeNumberField("chainAfter", e.chainAfter());
            g.writeNumberField("distinctBefore", e.distinctBefore());
            g.writeNumberField("distinctAfter", e.distinctAfter());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unfixable");
        for (String u : plan.unfixable()) {
            g.writeString(u);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (String n : plan.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
        Json.finish(g, out);
    }

    /** One box as JSON (also used where findings list their boxes). */
    public static void writeSuggestion(JsonGenerator g, Suggestion s) throws IOException {
        PlannedBox b = s.box();
        g.writeStartObject();
        g.writeNumberField("rank", b.rank());
        g.writeBooleanField("inPlan", s.inPlan());
        if (b.where().located()) {
            g.writeStringField("file", b.where().file());
            g.writeNumberField("line", b.where().line());
            g.writeNumberField("column", b.where().column());
            g.writeNumberField("endLine", endLine(b));
            g.writeNumberField("endColumn", endColumn(b));
            g.writeStringField("code", b.where().code());
            if (b.where().fn() != null) {
                g.writeStringField("function", b.where().fn());
            }
        } else {
            g.writeNullField("file");
            g.writeNullField("line");
            g.writeNullField("column");
            g.writeNullField("endLine");
            g.writeNullField("endColumn");
            g.writeArrayFieldStart("closures");
            for (String c : b.where().closures()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        g.writeStringField("family", b.family().id());
        g.writeStringField("remedy", b.family().remedy());
        g.writeStringField("call", b.family().call());
        g.writeStringField("requires", b.family().requires());
        g.writeStringField("reason", b.why());
        g.writeNumberField("savesNodes", s.savesNodes());
        g.writeNumberField("carriers", b.worth().carriers());
        if (!b.note().isEmpty()) {
            g.writeStringField("note", b.note());
        }
        g.writeArrayFieldStart("edits");
        for (SourceEdit e : b.edits()) {
            g.writeStartObject();
            g.writeStringField("file", e.path());
            g.writeNumberField("line", e.file().line(e.start()));
            g.writeNumberField("column", e.file().column(e.start()));
            g.writeNumberField("endLine", e.file().line(e.end()));
            g.writeNumberField("endColumn", e.file().column(e.end()));
            g.writeStringField("text", e.replacement());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("type", TypePrinter.WITHOUT_HASHES.printShortened(s.subtree(), 2000));
        g.writeEndObject();
    }

    /** Where the call goes: the end of the expression the box's last edit ends at. */
    private static int endLine(PlannedBox b) {
        return b.where().endLine();
    }

    private static int endColumn(PlannedBox b) {
        return b.where().endColumn();
    }

    private static String shorten(String s, int max) {
        int m = Math.max(20, max);
        return s.length() <= m ? s : s.substring(0, m - 1) + "…";
    }
}
