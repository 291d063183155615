package dev.typeheat.report;

import dev.typeheat.advice.plan.BoxPlan;
import dev.typeheat.advice.plan.PlanEdits;
import dev.typeheat.input.source.SourceFile;
import dev.typeheat.input.source.WorkingTree;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The box plan as a diff on a stream, or written into the crate's files. */
public final class FixOutput {
    /** Why the plan cannot be written or printed as edits, or null. */
    public static String cannotEdit(BoxPlan plan) {
        if (!plan.isEmpty() && !plan.sourceRead()) {
            return "fix needs the crate's source to place the boxes: run it in the crate or pass --src DIR";
        }
        return null;
    }

    /** Prints the plan's edits as a unified diff; says on {@code err} when there is nothing to change. */
    public static void diff(BoxPlan plan, OutputStream out, PrintStream err) {
        PlanEdits edits = new PlanEdits(plan);
        if (edits.isEmpty()) {
            err.println(nothing(plan));
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new FixDiff().write(edits, w);
    }

    /**
     * Writes the plan's edits as a unified diff into {@code file} (what {@link #diff} prints); returns how many
     * boxes it holds, 0 (and says why on {@code err}, writing nothing) when there is nothing to change.
     */
    public static int diffTo(BoxPlan plan, Path file, PrintStream err) throws IOException {
        PlanEdits edits = new PlanEdits(plan);
        if (edits.isEmpty()) {
            err.println(nothing(plan));
            return 0;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            diff(plan, out, err);
        }
        return (int) plan.boxes().stream().filter(b -> !b.edits().isEmpty()).count();
    }

    /**
     * Writes the plan's edits into the files under {@code root}; returns why it refused (uncommitted
     * changes, no git), or null when it wrote them or there was nothing to write.
     */
    public static String apply(BoxPlan plan, Path root, boolean allowDirty, boolean allowNoVcs, PrintStream err)
            throws IOException {
        PlanEdits edits = new PlanEdits(plan);
        if (edits.isEmpty()) {
            err.println(nothing(plan));
            return null;
        }
        List<String> files = new ArrayList<>();
        for (SourceFile f : edits.files()) {
            files.add(f.path());
        }
        String refusal = WorkingTree.refusal(root, files, allowDirty, allowNoVcs);
        if (refusal != null) {
            return refusal;
        }
        for (SourceFile f : edits.files()) {
            SourceWriter.replace(root.resolve(f.path()), edits.apply(f));
        }
        err.printf("typeheat fix: %d box%s written into %s%n", plan.boxes().size(), plan.boxes().size() == 1 ? "" : "es",
                String.join(", ", files));
        return null;
    }

    private static String nothing(BoxPlan plan) {
        return plan.isEmpty() ? "typeheat fix: nothing to change: no composition of the crate is over max-chain "
                + plan.maxChain() + " or max-depth " + plan.maxDepth()
                : "typeheat fix: the plan's boxes have no edit typeheat can write (their families have no remedy to insert)";
    }

    private FixOutput() {
    }
}
