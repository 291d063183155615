package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.input.Inputs;
import dev.typeheat.input.ReadSummary;

import java.io.PrintStream;
import java.util.List;

/** Says on stderr what each input was read as, what was skipped and what it warned of: nothing is dropped silently. */
final class Summaries {
    private Summaries() {
    }

    static void printTo(PrintStream err, Analysis a) {
        print(err, a.summaries(), a.unrecognized());
        if (a.parseErrors() > 0) {
            err.println("typeheat: " + a.parseErrors() + " type string(s) were only partly understood (marked truncated)");
        }
    }

    static void printReads(PrintStream err, Inputs inputs) {
        print(err, inputs.summaries(), inputs.unrecognized());
    }

    private static void print(PrintStream err, List<ReadSummary> summaries, List<String> unrecognized) {
        long records = 0;
        for (ReadSummary s : summaries) {
            err.println("typeheat: " + s.describe());
            for (String w : s.warnings()) {
                err.println("typeheat: " + w);
            }
            records += s.records();
        }
        if (!unrecognized.isEmpty()) {
            err.println("typeheat: skipped " + unrecognized.size() + " file(s) that are no input it reads: "
                    + String.join(", ", unrecognized.subList(0, Math.min(5, unrecognized.size())))
                    + (unrecognized.size() > 5 ? ", ..." : ""));
        }
        if (records == 0) {
            err.println("typeheat: nothing was read: no record in " + summaries.size() + " input(s)");
        }
    }
}
