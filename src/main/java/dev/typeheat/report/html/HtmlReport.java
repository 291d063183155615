package dev.typeheat.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.Family;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.advice.lint.BoxAdvice;
import dev.typeheat.advice.plan.PlannedBox;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import dev.typeheat.report.TypeNames;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.Ty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One self-contained HTML page (inline CSS and JavaScript, no network). It leads with what to do: the plan
 * of where to box, per crate, with its effect, under one line of what was read (details folded); then a
 * sortable and filterable hotspot table, a type explorer (collapsible tree and icicle chart) and
 * obligation time against type size. The data is embedded as script-safe JSON and the page builds
 * everything with {@code textContent}, so input text can never become markup.
 */
public final class HtmlReport {
    /** Types shown at most (findings first, then by cost and size). */
    static final int MAX_TYPES = 300;
    /** DAG nodes embedded at most; deeper parts of huge types are summarised. */
    static final int MAX_NODES = 150_000;
    /** Steps of a crate's plan listed; the rest are counted. */
    static final int MAX_STEPS = 40;
    private static final int FLAG_CUT = 1;
    private static final int FLAG_CHAIN = 2;

    private final Catalog catalog;

    public HtmlReport(Catalog catalog) {
        this.catalog = catalog;
    }

    public void write(Analysis analysis, String title, OutputStream out) throws IOException {
        String page = template("report.html")
                .replace("/*CSS*/", template("report.css"))
                .replace("/*JS*/", template("report.js"));
        int at = page.indexOf("__DATA__");
        out.write(page.substring(0, at).getBytes(StandardCharsets.UTF_8));
        writeData(analysis, title, out);
        out.write(page.substring(at + "__DATA__".length()).getBytes(StandardCharsets.UTF_8));
    }

    private void writeData(Analysis a, String title, OutputStream out) throws IOException {
        JsonFactory factory = new JsonFactory();
        factory.setCharacterEscapes(new ScriptSafeEscapes());
        JsonGenerator g = factory.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        TypeNames names = new TypeNames(a);
        BoxAdvice advice = new BoxAdvice(a);
        // the numbers come from the measurer that measured these types, never from another one
        Measurer measurer = a.measurer();
        List<TypeRecord> shown = chooseTypes(a);
        Map<Ty, Set<String>> rules = new HashMap<>();
        Map<Ty, String> locations = new HashMap<>();
        Map<Ty, String> functions = new HashMap<>();
        for (Finding f : a.findings()) {
            rules.computeIfAbsent(f.record().type(), t -> new LinkedHashSet<>()).add(f.rule().id());
            if (f.location() != null) {
                locations.putIfAbsent(f.record().type(), f.location().toString());
            } else if (f.function() != null) {
                functions.putIfAbsent(f.record().type(), f.function());
            }
        }
        NodeTable nodes = new NodeTable(measurer);
        int[] roots = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            roots[i] = nodes.add(shown.get(i).type());
        }
        g.writeStartObject();
        g.writeStringField("title", title);
        g.writeStringField("readLine", ReadLine.of(a));
        writeInputs(a, g);
        writePlan(advice, names, g);
        g.writeArrayFieldStart("types");
        for (int i = 0; i < shown.size(); i++) {
            TypeRecord r = shown.get(i);
            Metrics m = measurer.measure(r.type());
            g.writeStartObject();
            g.writeNumberField("root", roots[i]);
            g.writeStringField("text", names.of(r.type(), 400));
            g.writeArrayFieldStart("rules");
            for (String rule : rules.getOrDefault(r.type(), Set.of())) {
                g.writeString(rule);
            }
            g.writeEndArray();
            g.writeNumberField("depth", m.depth());
            g.writeNumberField("nodes", m.nodes());
            g.writeNumberField("chain", m.chain());
            g.writeNumberField("selfNanos", r.cost().selfNanos());
            g.writeNumberField("irLines", r.cost().irLines());
            g.writeNumberField("copies", r.cost().irCopies());
            g.writeNumberField("score", score(r, m, rules.containsKey(r.type())));
            if (locations.containsKey(r.type())) {
                g.writeStringField("location", locations.get(r.type()));
            } else if (functions.containsKey(r.type())) {
                g.writeStringField("function", functions.get(r.type()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("emptyColumns");
        for (Map.Entry<String, String> e : ColumnNotes.of(a, shown, locations).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        writeScatter(shown, measurer, g);
        g.writeArrayFieldStart("nodes");
        nodes.write(g);
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void writeInputs(Analysis a, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("summaries");
        for (ReadSummary s : a.summaries()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            g.writeStringField("kind", s.kind().description());
            g.writeNumberField("records", s.records());
            g.writeObjectFieldStart("skipped");
            for (Map.Entry<String, Long> e : s.skipped().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unrecognized");
        for (String u : a.unrecognized()) {
            g.writeString(u);
        }
        g.writeEndArray();
    }

    /** The box plan per crate: its boxes (placed ones span the expression to box, the others name its closures) and the effect. */
    private static void writePlan(BoxAdvice advice, TypeNames names, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("plan");
        for (BoxAdvice.CratePlan p : advice.plan()) {
            if (p.steps().isEmpty()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("crate", p.crate());
            g.writeStringField("effect", p.effect());
            g.writeArrayFieldStart("steps");
            for (Suggestion s : p.steps().subList(0, Math.min(MAX_STEPS, p.steps().size()))) {
                PlannedBox b = s.box();
                g.writeStartObject();
                g.writeNumberField("rank", b.rank());
                g.writeBooleanField("placed", b.where().located());
                g.writeStringField("where", b.where().toString());
                if (b.where().located()) {
                    g.writeStringField("code", b.where().code());
                }
                g.writeStringField("call", b.remedy());
                g.writeStringField("family", s.family().name());
                g.writeNumberField("saves", Math.max(0, b.worth().pieceNodes() - 1));
                g.writeNumberField("carriers", b.worth().carriers());
                g.writeStringField("reason", b.why());
                if (!b.note().isEmpty()) {
                    g.writeStringField("note", b.note());
                }
                g.writeStringField("type", names.of(s.subtree(), 300));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("more", Math.max(0, p.steps().size() - MAX_STEPS));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Obligation self time against tree size, on log axes with decade ticks, and what the correlation means. */
    private static void writeScatter(List<TypeRecord> shown, Measurer measurer, JsonGenerator g) throws IOException {
        List<double[]> points = new ArrayList<>();
        g.writeArrayFieldStart("points");
        for (int i = 0; i < shown.size(); i++) {
            TypeRecord r = shown.get(i);
            if (r.cost().selfNanos() > 0) {
                double nodes = Math.min(measurer.nodes(r.type()), 1e15);
                points.add(new double[] {nodes, r.cost().selfNanos()});
                g.writeStartArray();
                g.writeNumber(nodes);
                g.writeNumber(r.cost().selfNanos());
                g.writeNumber(i);
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        if (!points.isEmpty()) {
            ticks(g, "xTicks", Scatter.decades(points.stream().mapToDouble(p -> p[0]).min().orElse(1),
                    points.stream().mapToDouble(p -> p[0]).max().orElse(10)));
            ticks(g, "yTicks", Scatter.decades(points.stream().mapToDouble(p -> p[1] / 1e6).min().orElse(1),
                    points.stream().mapToDouble(p -> p[1] / 1e6).max().orElse(10)));
        }
        g.writeStringField("correlation", Scatter.sentence(points));
    }

    private static void ticks(JsonGenerator g, String name, List<Double> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    /** Findings first, then the costliest and largest types. */
    private static List<TypeRecord> chooseTypes(Analysis a) {
        Set<TypeRecord> chosen = new LinkedHashSet<>();
        for (Finding f : a.findings()) {
            if (chosen.size() >= MAX_TYPES) {
                break;
            }
            chosen.add(f.record());
        }
        List<TypeRecord> rest = new ArrayList<>(a.types().records());
        rest.sort(Comparator.comparingDouble((TypeRecord r) -> -score(r, a.measurer().measure(r.type()), false)));
        for (TypeRecord r : rest) {
            if (chosen.size() >= MAX_TYPES) {
                break;
            }
            chosen.add(r);
        }
        return new ArrayList<>(chosen);
    }

    private static double score(TypeRecord r, Metrics m, boolean finding) {
        return (finding ? 1e12 : 0) + r.cost().selfNanos() / 1e3 + r.cost().irLines() * 10.0 + Math.min(m.nodes(), 1e9);
    }

    /** The DAG of all shown types, each distinct node once: [label, kind, children, nodes, flags]. */
    private final class NodeTable {
        private final Map<Ty, Integer> index = new LinkedHashMap<>();
        private final List<Ty> order = new ArrayList<>();
        private final Map<Ty, Boolean> clipped = new HashMap<>();
        private final Measurer measurer;

        NodeTable(Measurer measurer) {
            this.measurer = measurer;
        }

        int add(Ty root) {
            Integer known = index.get(root);
            if (known != null) {
                return known;
            }
            ArrayDeque<Ty> queue = new ArrayDeque<>();
            register(root);
            queue.add(root);
            while (!queue.isEmpty()) {
                Ty t = queue.poll();
                if (order.size() >= MAX_NODES) {
                    clipped.put(t, true);
                    continue;
                }
                for (int i = 0; i < t.childCount(); i++) {
                    Ty c = t.child(i);
                    if (!index.containsKey(c)) {
                        register(c);
                        queue.add(c);
                    }
                }
            }
            return index.get(root);
        }

        private void register(Ty t) {
            index.put(t, order.size());
            order.add(t);
        }

        void write(JsonGenerator g) throws IOException {
            for (Ty t : order) {
                g.writeStartArray();
                g.writeString(NodeLabel.shorten(NodeLabel.of(t), 160));
                g.writeNumber(t.kind().ordinal());
                g.writeStartArray();
                if (!clipped.containsKey(t)) {
                    for (int i = 0; i < t.childCount(); i++) {
                        Integer c = index.get(t.child(i));
                        if (c != null) {
                            g.writeNumber(c);
                        }
                    }
                }
                g.writeEndArray();
                g.writeNumber(Math.min(measurer.nodes(t), 1L << 52));
                g.writeNumber((t.truncated() ? FLAG_CUT : 0) | (inChain(t) ? FLAG_CHAIN : 0));
                g.writeEndArray();
            }
        }

        private boolean inChain(Ty t) {
            Optional<Family> f = catalog.familyOf(t);
            if (f.isEmpty()) {
                return false;
            }
            for (int i = 0; i < t.childCount(); i++) {
                if (catalog.familyOf(t.child(i)).orElse(null) == f.get()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String template(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/dev/typeheat/report/" + name)) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
