package dev.typeheat.report;

import dev.typeheat.advice.plan.PlanEdits;
import dev.typeheat.advice.plan.SourceEdit;
import dev.typeheat.input.source.SourceFile;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as a unified diff ({@code git apply} and {@code patch -p1} take it): one hunk per stretch of
 * changed lines with three lines of context, paths relative to the crate root with {@code a/} and
 * {@code b/} prefixes.
 */
public final class FixDiff {
    private static final int CONTEXT = 3;

    /** Lines {@code first..last} (1-based, inclusive) of the original that the edits change. */
    private record Block(int first, int last) {
    }

    public void write(PlanEdits edits, PrintWriter w) {
        for (SourceFile f : edits.files()) {
            w.println("--- a/" + f.path());
            w.println("+++ b/" + f.path());
            List<Block> blocks = blocks(f, edits.edits(f));
            int lineCount = f.text().endsWith("\n") ? f.line(f.length()) - 1 : f.line(f.length());
            int k = 0;
            while (k < blocks.size()) {
                int start = Math.max(1, blocks.get(k).first() - CONTEXT);
                int end = Math.min(lineCount, blocks.get(k).last() + CONTEXT);
                int j = k + 1;
                while (j < blocks.size() && blocks.get(j).first() - CONTEXT <= end + 1) {
                    end = Math.min(lineCount, blocks.get(j).last() + CONTEXT);
                    j++;
                }
                hunk(w, f, edits, blocks.subList(k, j), start, end);
                k = j;
            }
        }
        w.flush();
    }

    private static void hunk(PrintWriter w, SourceFile f, PlanEdits edits, List<Block> blocks, int start, int end) {
        List<String> lines = new ArrayList<>();
        int oldCount = 0;
        int newCount = 0;
        int line = start;
        for (Block b : blocks) {
            for (; line < b.first(); line++) {
                lines.add(" " + lineText(f, line));
                oldCount++;
                newCount++;
            }
            for (int l = b.first(); l <= b.last(); l++) {
                lines.add("-" + lineText(f, l));
                oldCount++;
            }
            String changed = edits.apply(f, lineStart(f, b.first()), lineEnd(f, b.last()));
            for (String l : changed.split("\n", -1)) {
                lines.add("+" + l);
                newCount++;
            }
            line = b.last() + 1;
        }
        for (; line <= end; line++) {
            lines.add(" " + lineText(f, line));
            oldCount++;
            newCount++;
        }
        w.printf("@@ -%d,%d +%d,%d @@%n", start, oldCount, start + 0, newCount);
        for (String l : lines) {
            w.println(l);
        }
    }

    /** The changed lines, each edit's lines merged when they touch. */
    private static List<Block> blocks(SourceFile f, List<SourceEdit> edits) {
        List<Block> out = new ArrayList<>();
        for (SourceEdit e : edits) {
            int first = f.line(e.start());
            int last = f.line(Math.max(e.start(), e.end() - 1));
            if (!out.isEmpty() && out.get(out.size() - 1).last() >= first) {
                Block prev = out.remove(out.size() - 1);
                out.add(new Block(prev.first(), Math.max(prev.last(), last)));
            } else {
                out.add(new Block(first, last));
            }
        }
        return out;
    }

    /** A line as it is in the file, line break left out. */
    private static String lineText(SourceFile f, int line) {
        return f.slice(lineStart(f, line), lineEnd(f, line));
    }

    private static int lineStart(SourceFile f, int line) {
        return f.offset(line, 1);
    }

    /** Offset of a line's line break (or of the end of the file). */
    private static int lineEnd(SourceFile f, int line) {
        int next = f.offset(line + 1, 1);
        return next < 0 ? f.length() : next - 1;
    }
}
