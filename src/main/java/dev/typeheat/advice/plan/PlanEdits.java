package dev.typeheat.advice.plan;

import dev.typeheat.input.source.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's edits gathered per file, in file order, and applied to the files' text. Two boxes that insert
 * at one offset keep the plan's order (the box of the inner expression first, so {@code a.boxed().boxed()}
 * cannot happen: the plan never boxes one expression twice); an edit that overlaps another is refused.
 */
public final class PlanEdits {
    private final Map<SourceFile, List<SourceEdit>> byFile = new LinkedHashMap<>();

    public PlanEdits(BoxPlan plan) {
        for (PlannedBox b : plan.boxes()) {
            for (SourceEdit e : b.edits()) {
                byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e);
            }
        }
        for (List<SourceEdit> edits : byFile.values()) {
            edits.sort(Comparator.comparingInt(SourceEdit::start).thenComparingInt(SourceEdit::end));
            for (int i = 1; i < edits.size(); i++) {
                SourceEdit a = edits.get(i - 1);
                SourceEdit b = edits.get(i);
                if (b.start() < a.end()) {
                    throw new IllegalStateException("overlapping edits in " + a.path() + " at " + a.file().line(b.start()));
                }
            }
        }
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    /** The files the plan changes, in the order of their first box. */
    public List<SourceFile> files() {
        List<SourceFile> out = new ArrayList<>(byFile.keySet());
        out.sort(Comparator.comparing(SourceFile::path));
        return out;
    }

    /** A file's text with the plan applied. */
    public String apply(SourceFile file) {
        return apply(file, 0, file.length());
    }

    /** The text between two code point offsets of a file, with the edits inside that stretch applied. */
    public String apply(SourceFile file, int from, int to) {
        StringBuilder b = new StringBuilder();
        int at = from;
        for (SourceEdit e : byFile.getOrDefault(file, List.of())) {
            if (e.start() < from || e.end() > to) {
                continue;
            }
            b.append(file.slice(at, e.start())).append(e.replacement());
            at = e.end();
        }
        b.append(file.slice(at, to));
        return b.toString();
    }

    /** The edits of a file, in order. */
    public List<SourceEdit> edits(SourceFile file) {
        return byFile.getOrDefault(file, List.of());
    }
}
