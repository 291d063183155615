package dev.typeheat.report.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.lint.LintResult;
import dev.typeheat.advice.lint.PlaceFinding;
import dev.typeheat.report.Json;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Every place as JSON (no {@code --top}: scripts want everything):
 * {@code {"places":[{"file":..,"line":..,"rules":[..],"findings":[..],"box":[..]}],"unplaced":[..],"summary":{..}}}.
 */
final class JsonFindings {
    private JsonFindings() {
    }

    static void write(LintContext c, OutputStream out) throws IOException {
        LintResult r = c.result();
        JsonGenerator g = Json.writer(out, false);
        g.writeStartObject();
        g.writeArrayFieldStart("places");
        for (PlaceFinding p : r.placed()) {
            place(c, p, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unplaced");
        for (PlaceFinding p : r.unplaced()) {
            place(c, p, g);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("places", r.placed().size());
        g.writeNumberField("unplacedFindings", r.unplacedFindings());
        g.writeNumberField("allowedByComment", r.allowedByComment());
        g.writeNumberField("allowedByConfig", r.allowedByConfig());
        g.writeNumberField("knownInBaseline", r.knownInBaseline());
        g.writeEndObject();
        Json.finish(g, out);
    }

    private static void place(LintContext c, PlaceFinding p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (p.placed()) {
            g.writeStringField("file", p.location().file());
            g.writeNumberField("line", p.location().line());
            g.writeNumberField("column", p.location().column());
            g.writeNumberField("endLine", p.location().endLine());
            g.writeNumberField("endColumn", p.location().endColumn());
        } else if (p.item() != null) {
            g.writeStringField("function", p.item());
        }
        g.writeArrayFieldStart("rules");
        for (var rule : p.rules()) {
            g.writeString(rule.id());
        }
        g.writeEndArray();
        g.writeStringField("fingerprint", p.fingerprint());
        g.writeNumberField("types", p.types());
        g.writeNumberField("selfNanos", p.selfNanos());
        g.writeNumberField("irLines", p.irLines());
        g.writeNumberField("nodes", p.nodes());
        g.writeStringField("type", c.names().of(p.worst().record().type(), 2000));
        g.writeArrayFieldStart("findings");
        for (Finding f : p.perRule()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule().id());
            g.writeStringField("message", f.message());
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeNumberField("depth", f.metrics().depth());
            g.writeNumberField("nodes", f.metrics().nodes());
            g.writeNumberField("chain", f.metrics().chain());
            g.writeNumberField("selfNanos", f.record().cost().selfNanos());
            g.writeNumberField("irLines", f.record().cost().irLines());
            g.writeStringField("type", c.names().of(f.record().type(), 2000));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("box");
        for (Suggestion s : c.advice().forPlace(p)) {
            g.writeStartObject();
            g.writeStringField("where", FindingText.where(c, s));
            g.writeStringField("call", s.family().call());
            g.writeStringField("remedy", s.family().remedy());
            g.writeStringField("family", s.family().id());
            g.writeNumberField("savesNodes", s.savesNodes());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
