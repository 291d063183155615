package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.input.ReadSummary;

import java.io.PrintStream;

/** Says on stderr what was read and what was skipped, so nothing is dropped silently. */
final class Summaries {
    private Summaries() {
    }

    static void printTo(PrintStream err, Analysis a) {
        for (ReadSummary s : a.summaries()) {
            if (s.skippedTotal() > 0) {
                err.println("typeheat: " + s.describe());
            }
        }
        if (!a.unrecognized().isEmpty()) {
            err.println("typeheat: skipped " + a.unrecognized().size() + " file(s) that are no known input: "
                    + String.join(", ", a.unrecognized().subList(0, Math.min(5, a.unrecognized().size())))
                    + (a.unrecognized().size() > 5 ? ", ..." : ""));
        }
        if (a.parseErrors() > 0) {
            err.println("typeheat: " + a.parseErrors() + " type string(s) were only partly understood (marked truncated)");
        }
    }
}
