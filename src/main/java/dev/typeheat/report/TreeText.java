package dev.typeheat.report;

import dev.typeheat.measure.Measurer;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.Ty;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws a type as an indented tree. A subtree that occurs more than once is drawn the first time with
 * a number ({@code #3}) and afterwards as {@code #3 (seen above)}; below {@code maxDepth} levels the
 * rest is summarised. Iterative, so a 100,000-deep type is no problem.
 */
public final class TreeText {
    private final int maxDepth;
    private final int width;
    private final Measurer measurer;

    public TreeText(Measurer measurer, int maxDepth, int width) {
        this.measurer = measurer;
        this.maxDepth = maxDepth;
        this.width = width;
    }

    public void render(Ty root, StringBuilder out) {
        Map<Ty, Integer> uses = countUses(root);
        Map<Ty, Integer> numbers = new HashMap<>();
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, "", "", 1));
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            Ty t = f.node;
            String label = NodeLabel.of(t);
            Integer seen = numbers.get(t);
            out.append(f.lead);
            if (seen != null) {
                out.append('#').append(seen).append(" (seen above) ")
                        .append(NodeLabel.shorten(label, Math.max(20, width - f.lead.length() - 20))).append('\n');
                continue;
            }
            out.append(NodeLabel.shorten(label, Math.max(20, width - f.lead.length() - 12)));
            if (t.childCount() > 0 && uses.getOrDefault(t, 0) > 1) {
                int n = numbers.size() + 1;
                numbers.put(t, n);
                out.append("  #").append(n);
            }
            if (t.truncated()) {
                out.append("  [truncated]");
            }
            out.append('\n');
            if (t.childCount() == 0) {
                continue;
            }
            if (f.level >= maxDepth) {
                out.append(f.childIndent).append("└─ … ").append(measurer.depth(t) - 1).append(" more levels, ")
                        .append(measurer.nodes(t) - 1).append(" nodes\n");
                continue;
            }
            for (int i = t.childCount() - 1; i >= 0; i--) {
                boolean last = i == t.childCount() - 1;
                stack.push(new Frame(t.child(i), f.childIndent + (last ? "└─ " : "├─ "),
                        f.childIndent + (last ? "   " : "│  "), f.level + 1));
            }
        }
    }

    /** How many times each node is referenced from distinct parents' child lists within the type. */
    private static Map<Ty, Integer> countUses(Ty root) {
        Map<Ty, Integer> uses = new HashMap<>();
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        java.util.Set<Ty> visited = new java.util.HashSet<>();
        stack.push(root);
        visited.add(root);
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            for (int i = 0; i < t.childCount(); i++) {
                Ty c = t.child(i);
                uses.merge(c, 1, Integer::sum);
                if (visited.add(c)) {
                    stack.push(c);
                }
            }
        }
        return uses;
    }

    private static final class Frame {
        final Ty node;
        final String lead;
        final String childIndent;
        final int level;

        Frame(Ty node, String lead, String childIndent, int level) {
            this.node = node;
            this.lead = lead;
            this.childIndent = childIndent;
            this.level = level;
        }
    }
}
