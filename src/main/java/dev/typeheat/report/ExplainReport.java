package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.Ty;
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
        Ty root = parsed.root();
        Metrics m = measurer.measure(root);
        if (format == OutputFormat.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeNumberField("depth", m.depth());
            g.writeNumberField("nodes", m.nodes());
            g.writeNumberField("distinct", m.distinct());
            g.writeNumberField("length", m.length());
            g.writeNumberField("chain", m.chain());
            g.writeNumberField("clippyScore", m.clippyScore());
            g.writeBooleanField("truncated", m.truncated());
            g.writeNumberField("syntaxErrors", parsed.syntaxErrors());
            g.writeFieldName("tree");
            new TreeJson(maxDepth).write(root, g);
            Json.finish(g, out);
            return;
        }
        StringBuilder sb = new StringBuilder();
        new TreeText(measurer, maxDepth, width).render(root, sb);
        sb.append('\n');
        sb.append(String.format("depth %,d   nodes %s   distinct %,d   length %,d   chain %,d   clippy score %s%n",
                m.depth(), big(m.nodes()), m.distinct(), m.length(), m.chain(), big(m.clippyScore())));
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
