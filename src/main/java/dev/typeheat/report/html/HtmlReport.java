package dev.typeheat.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.Family;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.advice.TypeRecord;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypePrinter;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One self-contained HTML page (inline CSS and JavaScript, no network): overview, suggestions, a
 * sortable and filterable hotspot table, a type explorer (collapsible tree and icicle chart) and
 * obligation time against type size. The data is embedded as script-safe JSON and the page builds
 * everything with {@code textContent}, so input text can never become markup.
 */
public final class HtmlReport {
    /** Types shown at most (findings first, then by cost and size). */
    static final int MAX_TYPES = 300;
    /** DAG nodes embedded at most; deeper parts of huge types are summarised. */
    static final int MAX_NODES = 150_000;
    private static final int FLAG_CUT = 1;
    private static final int FLAG_CHAIN = 2;

    private final Measurer measurer;
    private final Catalog catalog;

    public HtmlReport(Measurer measurer, Catalog catalog) {
        this.measurer = measurer;
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
        List<TypeRecord> shown = chooseTypes(a);
        Map<Ty, List<String>> rules = new HashMap<>();
        Map<Ty, String> locations = new HashMap<>();
        for (Finding f : a.findings()) {
            rules.computeIfAbsent(f.record().type(), t -> new ArrayList<>()).add(f.rule().id());
            String where = f.location() != null ? f.location().toString() : f.function();
            if (where != null) {
                locations.putIfAbsent(f.record().type(), where);
            }
        }
        NodeTable nodes = new NodeTable();
        int[] roots = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            roots[i] = nodes.add(shown.get(i).type());
        }
        g.writeStartObject();
        g.writeStringField("title", title);
        g.writeArrayFieldStart("totals");
        long records = a.summaries().stream().mapToLong(ReadSummary::records).sum();
        long selfNanos = a.types().records().stream().mapToLong(r -> r.cost().selfNanos()).sum();
        pair(g, "files read", String.format(Locale.ROOT, "%,d", a.summaries().size()));
        pair(g, "records", String.format(Locale.ROOT, "%,d", records));
        pair(g, "types", String.format(Locale.ROOT, "%,d", a.types().size()));
        pair(g, "findings", String.format(Locale.ROOT, "%,d", a.findings().size()));
        pair(g, "places to box", String.format(Locale.ROOT, "%,d", a.suggestions().size()));
        if (selfNanos > 0) {
            pair(g, "query time over these types", String.format(Locale.ROOT, "%.2f s", selfNanos / 1e9));
        }
        g.writeEndArray();
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
        g.writeArrayFieldStart("types");
        for (int i = 0; i < shown.size(); i++) {
            TypeRecord r = shown.get(i);
            Metrics m = measurer.measure(r.type());
            g.writeStartObject();
            g.writeNumberField("root", roots[i]);
            g.writeStringField("text", TypePrinter.WITHOUT_HASHES.printShortened(r.type(), 400));
            g.writeArrayFieldStart("rules");
            for (String rule : rules.getOrDefault(r.type(), List.of())) {
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
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suggestions");
        for (Suggestion s : a.suggestions().subList(0, Math.min(100, a.suggestions().size()))) {
            g.writeStartObject();
            g.writeStringField("where", s.where());
            g.writeStringField("call", s.family().call());
            g.writeStringField("remedy", s.family().remedy());
            g.writeStringField("family", s.family().name());
            g.writeNumberField("saves", s.savesNodes());
            g.writeStringField("reason", s.reason());
            g.writeStringField("type", TypePrinter.WITHOUT_HASHES.printShortened(s.subtree(), 300));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("points");
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            TypeRecord r = shown.get(i);
            if (r.cost().selfNanos() > 0) {
                points.add(new double[] {measurer.nodes(r.type()), r.cost().selfNanos()});
                g.writeStartArray();
                g.writeNumber(measurer.nodes(r.type()));
                g.writeNumber(r.cost().selfNanos());
                g.writeNumber(i);
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeStringField("correlation", points.size() >= 3
                ? String.format(Locale.ROOT, "Spearman rank correlation of time and size over %d types: %.2f",
                points.size(), spearman(points)) : "");
        g.writeArrayFieldStart("nodes");
        nodes.write(g);
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void pair(JsonGenerator g, String label, String value) throws IOException {
        g.writeStartArray();
        g.writeString(label);
        g.writeString(value);
        g.writeEndArray();
    }

    /** Findings first, then the costliest and largest types. */
    private List<TypeRecord> chooseTypes(Analysis a) {
        Set<TypeRecord> chosen = new LinkedHashSet<>();
        for (Finding f : a.findings()) {
            chosen.add(f.record());
        }
        List<TypeRecord> rest = new ArrayList<>(a.types().records());
        rest.sort(Comparator.comparingDouble((TypeRecord r) -> -score(r, measurer.measure(r.type()), false)));
        for (TypeRecord r : rest) {
            if (chosen.size() >= MAX_TYPES) {
                break;
            }
            chosen.add(r);
        }
        return new ArrayList<>(chosen).subList(0, Math.min(MAX_TYPES, chosen.size()));
    }

    private static double score(TypeRecord r, Metrics m, boolean finding) {
        return (finding ? 1e12 : 0) + r.cost().selfNanos() / 1e3 + r.cost().irLines() * 10.0 + Math.min(m.nodes(), 1e9);
    }

    private static double spearman(List<double[]> points) {
        int n = points.size();
        double[] rx = ranks(points, 0);
        double[] ry = ranks(points, 1);
        double d2 = 0;
        for (int i = 0; i < n; i++) {
            d2 += (rx[i] - ry[i]) * (rx[i] - ry[i]);
        }
        return 1 - 6 * d2 / ((double) n * ((double) n * n - 1));
    }

    private static double[] ranks(List<double[]> points, int k) {
        Integer[] idx = new Integer[points.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.comparingDouble(i -> points.get(i)[k]));
        double[] r = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            r[idx[i]] = i + 1;
        }
        return r;
    }

    /** The DAG of all shown types, each distinct node once: [label, kind, children, nodes, flags]. */
    private final class NodeTable {
        private final Map<Ty, Integer> index = new LinkedHashMap<>();
        private final List<Ty> order = new ArrayList<>();
        private final Map<Ty, Boolean> clipped = new HashMap<>();

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
