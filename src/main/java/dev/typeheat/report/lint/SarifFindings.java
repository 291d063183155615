package dev.typeheat.report.lint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.SourceSpan;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.checks.Rule;
import dev.typeheat.advice.checks.Rules;
import dev.typeheat.advice.checks.ThresholdSpec;
import dev.typeheat.advice.lint.LintResult;
import dev.typeheat.advice.lint.PlaceFinding;
import dev.typeheat.advice.plan.PlannedBox;
import dev.typeheat.advice.plan.SourceEdit;
import dev.typeheat.report.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning. Results are places in the crate's source only, one per place,
 * with URIs relative to {@code %SRCROOT%} (the directory rustc's paths start from) and a fingerprint
 * that survives edits above the place and runs on other machines. Findings without a source place
 * cannot be shown in a repository: the run's invocation lists them as notifications instead. A place the
 * box plan boxes carries the plan's edits as a fix. Rules come from the rule list, each with its help
 * page in the repository.
 */
final class SarifFindings {
    static final String INFORMATION_URI = "https://github.com/typeheat/typeheat";
    static final String SRCROOT = "%SRCROOT%";
    /** Related locations per result: the other places to box for the same types. */
    private static final int MAX_RELATED = 10;
    /** Notifications for findings without a place: the costliest, then one line for the rest. */
    private static final int MAX_NOTIFICATIONS = 50;

    private SarifFindings() {
    }

    static void write(LintContext c, OutputStream out) throws IOException {
        LintResult r = c.result();
        JsonGenerator g = Json.writer(out, true);
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        driver(c, g);
        invocation(c, g);
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        if (c.root().known()) {
            g.writeStringField("uri", directoryUri(c.root().dir()));
        }
        text(g, "description", "The directory rustc's relative source paths start from: the crate root, or the "
                + "workspace root of a workspace member.");
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        for (PlaceFinding p : r.placed()) {
            result(c, p, g);
        }
        g.writeEndArray();
        g.writeStringField("columnKind", "unicodeCodePoints");
        g.writeEndObject();
        g.writeEndArray();
        Json.finish(g, out);
    }

    private static void driver(LintContext c, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "typeheat");
        g.writeStringField("version", c.version());
        g.writeStringField("semanticVersion", c.version());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (Rule rule : Rules.all()) {
            g.writeStartObject();
            g.writeStringField("id", rule.id());
            g.writeStringField("name", camel(rule.id()));
            text(g, "shortDescription", rule.title());
            text(g, "fullDescription", rule.summary());
            g.writeObjectFieldStart("help");
            g.writeStringField("text", rule.help() + " See " + rule.helpUri());
            g.writeStringField("markdown", rule.help() + "\n\n" + thresholdsMarkdown(rule) + "\n\n[More about "
                    + rule.id() + "](" + rule.helpUri() + ")");
            g.writeEndObject();
            g.writeStringField("helpUri", rule.helpUri());
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
    }

    private static String thresholdsMarkdown(Rule rule) {
        StringBuilder sb = new StringBuilder("Configure in `typeheat.toml` (`[lint]`) or on the command line:");
        for (ThresholdSpec t : rule.thresholds()) {
            sb.append("\n- `").append(t.key()).append("` (default ").append(t.defaultValue()).append(' ').append(t.unit())
                    .append("): ").append(t.doc());
        }
        return sb.toString();
    }

    /** The run's invocation: success, and the findings that have no place in the source. */
    private static void invocation(LintContext c, JsonGenerator g) throws IOException {
        LintResult r = c.result();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        List<PlaceFinding> unplaced = r.unplaced();
        if (!unplaced.isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            notification(g, "warning", String.format("%d finding(s) over the thresholds have no place in the source: "
                    + "their types are named by path only (IR symbols, self-profile arguments). rustc's type sizes, "
                    + "long-type files and the IR's debug info place them (cargo typeheat reads all three); the %d "
                    + "costliest follow.",
                    r.unplacedFindings(), Math.min(MAX_NOTIFICATIONS, unplaced.size())));
            for (PlaceFinding p : unplaced.subList(0, Math.min(MAX_NOTIFICATIONS, unplaced.size()))) {
                notification(g, "warning", FindingText.paragraph(c, p));
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeNumberField("unplacedFindings", r.unplacedFindings());
        g.writeNumberField("allowedByComment", r.allowedByComment());
        g.writeNumberField("allowedByConfig", r.allowedByConfig());
        g.writeNumberField("knownInBaseline", r.knownInBaseline());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void notification(JsonGenerator g, String level, String message) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        text(g, "message", message);
        g.writeEndObject();
    }

    private static void result(LintContext c, PlaceFinding p, JsonGenerator g) throws IOException {
        Rule primary = p.primaryRule();
        g.writeStartObject();
        g.writeStringField("ruleId", primary.id());
        g.writeNumberField("ruleIndex", Rules.indexOf(primary));
        g.writeStringField("level", "warning");
        text(g, "message", FindingText.paragraph(c, p));
        g.writeArrayFieldStart("locations");
        location(g, p.location(), null);
        g.writeEndArray();
        List<Suggestion> related = c.advice().forPlace(p).stream()
                .filter(s -> s.span() != null && !s.where().equals(p.where())).limit(MAX_RELATED).toList();
        if (!related.isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Suggestion s : related) {
                location(g, s.span(), new Related(id++, "also box here: " + FindingText.call(s) + ", boxes away "
                        + String.format("%,d", s.savesNodes()) + " nodes"));
            }
            g.writeEndArray();
        }
        fixes(c, p, g);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("typeheat/v1", p.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("rules");
        for (Rule rule : p.rules()) {
            g.writeString(rule.id());
        }
        g.writeEndArray();
        g.writeNumberField("types", p.types());
        g.writeNumberField("selfNanos", p.selfNanos());
        g.writeNumberField("nodes", p.nodes());
        g.writeEndObject();
        g.writeEndObject();
    }

    private record Related(int id, String message) {
    }

    /**
     * The box plan's edits for this place as SARIF fixes: the box at the place itself, else the plan's
     * first box inside its types. Only when the crate's source placed the box and its files are the ones
     * under {@code %SRCROOT%} (the edits' paths are relative to the crate root the plan read).
     */
    private static void fixes(LintContext c, PlaceFinding p, JsonGenerator g) throws IOException {
        if (!c.root().known()) {
            return;
        }
        List<PlannedBox> boxes = c.advice().forPlace(p).stream().map(Suggestion::box)
                .filter(b -> b != null && !b.edits().isEmpty()).toList();
        List<PlannedBox> here = boxes.stream().filter(b -> b.where().start().equals(p.where())).toList();
        List<PlannedBox> offered = !here.isEmpty() ? here : boxes.stream().limit(1).toList();
        offered = offered.stream().filter(b -> b.edits().stream()
                .allMatch(e -> Files.isRegularFile(c.root().dir().resolve(e.path())))).toList();
        if (offered.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("fixes");
        for (PlannedBox b : offered) {
            g.writeStartObject();
            text(g, "description", "Box " + b.where() + " with " + b.remedy() + ": " + b.why()
                    + (b.note().isEmpty() ? "" : " " + b.note()));
            g.writeArrayFieldStart("artifactChanges");
            Map<String, List<SourceEdit>> byFile = new LinkedHashMap<>();
            for (SourceEdit e : b.edits()) {
                byFile.computeIfAbsent(e.path(), f -> new ArrayList<>()).add(e);
            }
            for (Map.Entry<String, List<SourceEdit>> file : byFile.entrySet()) {
                g.writeStartObject();
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", uri(file.getKey()));
                g.writeStringField("uriBaseId", SRCROOT);
                g.writeEndObject();
                g.writeArrayFieldStart("replacements");
                for (SourceEdit e : file.getValue()) {
                    g.writeStartObject();
                    // an insertion is an empty region: end equals start
                    g.writeObjectFieldStart("deletedRegion");
                    g.writeNumberField("startLine", e.file().line(e.start()));
                    g.writeNumberField("startColumn", e.file().column(e.start()));
                    g.writeNumberField("endLine", e.file().line(e.end()));
                    g.writeNumberField("endColumn", e.file().column(e.end()));
                    g.writeEndObject();
                    if (!e.replacement().isEmpty()) {
                        text(g, "insertedContent", e.replacement());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void location(JsonGenerator g, SourceSpan at, Related related) throws IOException {
        g.writeStartObject();
        if (related != null) {
            g.writeNumberField("id", related.id());
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(at.file()));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", at.line());
        g.writeNumberField("startColumn", at.column());
        if (at.endLine() > at.line() || (at.endLine() == at.line() && at.endColumn() > at.column())) {
            g.writeNumberField("endLine", at.endLine());
            g.writeNumberField("endColumn", at.endColumn());
        }
        g.writeEndObject();
        g.writeEndObject();
        if (related != null) {
            text(g, "message", related.message());
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** A relative URI reference: forward slashes, unsafe characters percent-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        StringBuilder sb = new StringBuilder();
        for (char c : p.toCharArray()) {
            if ((c < 128 && Character.isLetterOrDigit(c)) || "/-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    /** {@code file:///home/u/app/}: absolute, ending in a slash, as SARIF wants a base. */
    private static String directoryUri(java.nio.file.Path dir) {
        String u = dir.toUri().toString();
        return u.endsWith("/") ? u : u + "/";
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
