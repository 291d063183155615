package dev.typeheat.report.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.report.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Findings as JSON: {@code {"findings":[{"rule":..,"file":..,"line":..,"message":..,"fingerprint":..}]}}. */
final class JsonFindings {
    private JsonFindings() {
    }

    static void write(List<Finding> findings, int suppressed, OutputStream out) throws IOException {
        JsonGenerator g = Json.writer(out, false);
        g.writeStartObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule().id());
            g.writeStringField("file", FindingText.file(f));
            g.writeNumberField("line", FindingText.line(f));
            g.writeNumberField("column", FindingText.column(f));
            g.writeStringField("message", f.message());
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeNumberField("depth", f.metrics().depth());
            g.writeNumberField("nodes", f.metrics().nodes());
            g.writeNumberField("chain", f.metrics().chain());
            g.writeNumberField("selfNanos", f.record().cost().selfNanos());
            g.writeNumberField("irLines", f.record().cost().irLines());
            g.writeStringField("type", FindingText.shortType(f, 2000));
            g.writeArrayFieldStart("suggestions");
            for (Suggestion s : f.suggestions()) {
                g.writeStartObject();
                g.writeStringField("where", s.where());
                g.writeStringField("call", s.family().call());
                g.writeStringField("remedy", s.family().remedy());
                g.writeNumberField("savesNodes", s.savesNodes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("suppressedByBaseline", suppressed);
        Json.finish(g, out);
    }
}
