package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypePrinter;
import dev.typeheat.types.TyKind;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What {@code typeheat explain} prints: the tree, the metrics, the truncated places. */
public final class ExplainReport {
    private static final int MAX_TRUNCATED_LISTED = 10;

    private final Measurer measurer;
    private final int maxDepth;
    private final int width;

    public ExplainReport(Measurer measurer, int maxDepth, int width) {
        this.measurer = measurer;
        this.maxDepth = maxDepth;
        this.width = width;
    }

    public void write(ParsedType parsed, OutputFormat format, OutputStream out) throws IOException {
        write(parsed, null, List.of(parsed.root()), format, out);
    }

    /**
     * One type; {@code where} ({@code file:line}, or null for a type given alone) heads it, and when the
     * lint rules measure other types than the whole text ({@code measured}: the type inside an obligation's
     * wrapper) their metrics are said too, so the numbers of explain and lint meet.
     */
    public void write(ParsedType parsed, String where, List<Ty> measured, OutputFormat format, OutputStream out)
            throws IOException {
        Ty root = parsed.root();
        Metrics m = measurer.measure(root);
        boolean inner = !measured.equals(List.of(root));
        if (format == OutputFormat.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            if (where != null) {
                g.writeStringField("source", where);
            }
            g.writeNumberField("depth", m.depth());
            g.writeNumberField("nodes", m.nodes());
            g.writeNumberField("distinct", m.distinct());
            g.writeNumberField("length", m.length());
            g.writeNumberField("chain", m.chain());
            g.writeNumberField("clippyScore", m.clippyScore());
            g.writeBooleanField("truncated", m.truncated());
            g.writeNumberField("syntaxErrors", parsed.syntaxErrors());
            if (inner) {
                g.writeArrayFieldStart("lintMeasures");
                for (Ty t : measured) {
                    Metrics tm = measurer.measure(t);
                    g.writeStartObject();
                    g.writeStringField("type", TypePrinter.WITHOUT_HASHES.printShortened(t, 200));
                    g.writeNumberField("depth", tm.depth());
                    g.writeNumberField("nodes", tm.nodes());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeFieldName("tree");
            new TreeJson(maxDepth).write(root, g);
            Json.finish(g, out);
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (where != null) {
            sb.append("── ").append(where).append(" ──\n");
        }
        new TreeText(measurer, maxDepth, width).render(root, sb);
        sb.append('\n');
        sb.append(String.format("depth %,d   nodes %s   distinct %,d   length %,d   chain %,d   clippy score %s%n",
                m.depth(), big(m.nodes()), m.distinct(), m.length(), m.chain(), big(m.clippyScore())));
        if (inner) {
            sb.append("lint measures the type").append(measured.size() > 1 ? "s" : "")
                    .append(" inside (the predicate or Debug wrapper around ").append(measured.size() > 1 ? "them" : "it")
                    .append(" is not part of a type):\n");
            for (Ty t : measured.subList(0, Math.min(3, measured.size()))) {
                Metrics tm = measurer.measure(t);
                sb.append(String.format("  depth %,d   nodes %s   %s%n", tm.depth(), big(tm.nodes()),
                        NodeLabel.shorten(TypePrinter.WITHOUT_HASHES.printShortened(t, width), Math.max(20, width - 30))));
            }
            if (measured.size() > 3) {
                sb.append("  and ").append(measured.size() - 3).append(" more\n");
            }
        }
        if (m.clippyScore() > 250) {
            sb.append("(clippy's type_complexity lint fires above 250)\n");
        }
        if (m.truncated()) {
            List<Ty> cut = truncatedNodes(root);
            sb.append("truncated: the input was cut or shortened at ").append(cut.size())
                    .append(cut.size() == MAX_TRUNCATED_LISTED ? "+" : "").append(" place(s):\n");
            for (Ty t : cut) {
                sb.append("  ").append(NodeLabel.shorten(t.toString(), width - 2)).append('\n');
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String big(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format("%,d", n);
    }

    /**
     * The innermost places marked truncated (first few). An elision mark on its own says nothing, so for
     * one of those the node around it is listed.
     */
    private List<Ty> truncatedNodes(Ty root) {
        List<Ty> found = new ArrayList<>();
        Set<Ty> seen = new HashSet<>();
        ArrayDeque<Ty[]> stack = new ArrayDeque<>();
        stack.push(new Ty[] {root, root});
        while (!stack.isEmpty() && found.size() < MAX_TRUNCATED_LISTED) {
            Ty[] entry = stack.pop();
            Ty t = entry[0];
            if (!seen.add(t) || !measurer.truncated(t)) {
                continue;
            }
            boolean childCut = false;
            for (int i = t.childCount() - 1; i >= 0; i--) {
                if (measurer.truncated(t.child(i))) {
                    childCut = true;
                    stack.push(new Ty[] {t.child(i), t});
                }
            }
            if (!childCut) {
                Ty shown = t.kind() == TyKind.ELIDED ? entry[1] : t;
                if (!found.contains(shown)) {
                    found.add(shown);
                }
            }
        }
        return found;
    }
}
