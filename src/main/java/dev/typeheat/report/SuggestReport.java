package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.input.Terminal;
import dev.typeheat.types.TypePrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What {@code typeheat suggest} prints: ranked places to call {@code .boxed()}. */
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
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeArrayFieldStart("suggestions");
            for (Suggestion s : shown) {
                g.writeStartObject();
                if (s.span() != null) {
                    g.writeStringField("file", s.span().file());
                    g.writeNumberField("line", s.span().line());
                    g.writeNumberField("column", s.span().column());
                } else {
                    g.writeNullField("file");
                    g.writeNullField("line");
                    g.writeNullField("column");
                    g.writeStringField("function", s.function());
                }
                g.writeStringField("family", s.family().id());
                g.writeStringField("remedy", s.family().remedy());
                g.writeStringField("call", s.family().call());
                g.writeNumberField("savesNodes", s.savesNodes());
                g.writeStringField("reason", s.reason());
                g.writeStringField("type", TypePrinter.WITHOUT_HASHES.printShortened(s.subtree(), 2000));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("total", a.suggestions().size());
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (shown.isEmpty()) {
            w.println("No suggestions: no type over the thresholds has a combinator to box.");
        }
        int i = 0;
        for (Suggestion s : shown) {
            i++;
            w.printf("%d. %s: call %s (%s)%n", i, Terminal.style(s.where(), "1"), Terminal.style(s.family().call(), "36"),
                    s.family().remedy());
            w.printf("   %s; saves %,d nodes; %s%n", s.family().name(), s.savesNodes(), s.reason());
            w.printf("   boxes %s%n", TypePrinter.WITHOUT_HASHES.printShortened(s.subtree(), width - 9));
        }
        if (a.suggestions().size() > shown.size()) {
            w.printf("... %d more (--top %d)%n", a.suggestions().size() - shown.size(), a.suggestions().size());
        }
        w.flush();
    }
}
