package dev.typeheat.report.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Rule;
import dev.typeheat.report.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * SARIF 2.1.0 for GitHub code scanning: rules with full descriptions and help, results with a physical
 * location (the user's code where the type is built) and a partial fingerprint that ignores line numbers.
 */
final class SarifFindings {
    static final String INFORMATION_URI = "https://github.com/typeheat/typeheat";

    private SarifFindings() {
    }

    static void write(List<Finding> findings, String version, OutputStream out) throws IOException {
        JsonGenerator g = Json.writer(out, true);
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "typeheat");
        g.writeStringField("version", version);
        g.writeStringField("semanticVersion", version);
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (Rule r : Rule.values()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", camel(r.id()));
            text(g, "shortDescription", r.title());
            text(g, "fullDescription", r.description());
            g.writeObjectFieldStart("help");
            g.writeStringField("text", r.help());
            g.writeStringField("markdown", r.help());
            g.writeEndObject();
            g.writeStringField("helpUri", INFORMATION_URI + "#rules");
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", "warning");
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("tags");
            g.writeString("performance");
            g.writeString("compile-time");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.rule().id());
            g.writeNumberField("ruleIndex", f.rule().ordinal());
            g.writeStringField("level", "warning");
            text(g, "message", FindingText.message(f));
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(FindingText.file(f)));
            g.writeEndObject();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", FindingText.line(f));
            g.writeNumberField("startColumn", FindingText.column(f));
            if (f.location() != null && f.location().endLine() >= f.location().line()) {
                g.writeNumberField("endLine", f.location().endLine());
                if (f.location().endLine() > f.location().line() || f.location().endColumn() > f.location().column()) {
                    g.writeNumberField("endColumn", f.location().endColumn());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField("typeheatFingerprint/v1", f.fingerprint());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("columnKind", "unicodeCodePoints");
        g.writeEndObject();
        g.writeEndArray();
        Json.finish(g, out);
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** SARIF wants URIs: forward slashes, spaces and other unsafe characters percent-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        for (char c : p.toCharArray()) {
            if (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
