package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.Ty;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a type tree as JSON: {@code {"id":1,"kind":"path","label":"Or<…>","children":[..]}}. A subtree
 * written before appears again as {@code {"ref":1}}; below {@code maxDepth} levels children are replaced
 * by {@code {"elided":true}}. Iterative.
 */
public final class TreeJson {
    private final int maxDepth;

    public TreeJson(int maxDepth) {
        this.maxDepth = Math.min(maxDepth, Json.MAX_NESTING / 2);
    }

    public void write(Ty root, JsonGenerator g) throws IOException {
        Map<Ty, Integer> ids = new HashMap<>();
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(new Visit(root, 1));
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next == END_CHILDREN) {
                g.writeEndArray();
                g.writeEndObject();
                continue;
            }
            Visit v = (Visit) next;
            Ty t = v.node;
            g.writeStartObject();
            Integer known = ids.get(t);
            if (known != null) {
                g.writeNumberField("ref", known);
                g.writeEndObject();
                continue;
            }
            if (v.level > maxDepth) {
                g.writeBooleanField("elided", true);
                g.writeEndObject();
                continue;
            }
            int id = ids.size() + 1;
            if (t.childCount() > 0) {
                ids.put(t, id);
                g.writeNumberField("id", id);
            }
            g.writeStringField("kind", t.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("label", NodeLabel.of(t));
            if (t.truncated()) {
                g.writeBooleanField("truncated", true);
            }
            if (t.childCount() == 0) {
                g.writeEndObject();
                continue;
            }
            g.writeArrayFieldStart("children");
            work.push(END_CHILDREN);
            for (int i = t.childCount() - 1; i >= 0; i--) {
                work.push(new Visit(t.child(i), v.level + 1));
            }
        }
    }

    private static final Object END_CHILDREN = new Object();

    private static final class Visit {
        final Ty node;
        final int level;

        Visit(Ty node, int level) {
            this.node = node;
            this.level = level;
        }
    }
}
