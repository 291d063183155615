package dev.typeheat.report.html;

import dev.typeheat.advice.Analysis;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What was read, in one line: {@code 5 files read (3 self-profiles, 2 LLVM IR): 12,345 records, 3,210 types; 60 files skipped}. */
final class ReadLine {
    private ReadLine() {
    }

    static String of(Analysis a) {
        Map<InputKind, Integer> kinds = new EnumMap<>(InputKind.class);
        long records = 0;
        long skipped = 0;
        for (ReadSummary s : a.summaries()) {
            kinds.merge(s.kind(), 1, Integer::sum);
            records += s.records();
            skipped += s.skippedTotal();
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<InputKind, Integer> e : kinds.entrySet()) {
            parts.add(e.getValue() + " " + plural(e.getKey().description(), e.getValue()));
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Read %,d file%s", a.summaries().size(),
                a.summaries().size() == 1 ? "" : "s"));
        if (!parts.isEmpty()) {
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        sb.append(String.format(Locale.ROOT, ": %,d records, %,d distinct types", records, a.types().size()));
        if (skipped > 0) {
            sb.append(String.format(Locale.ROOT, "; %,d records skipped", skipped));
        }
        if (!a.unrecognized().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "; %,d file%s skipped as no known input", a.unrecognized().size(),
                    a.unrecognized().size() == 1 ? "" : "s"));
        }
        if (a.parseErrors() > 0) {
            sb.append(String.format(Locale.ROOT, "; %,d type text%s only partly understood", a.parseErrors(),
                    a.parseErrors() == 1 ? "" : "s"));
        }
        return sb.append('.').toString();
    }

    /** {@code 4 rustc long-type files}; kinds named by a mass noun ({@code LLVM IR}) stay as they are. */
    private static String plural(String kind, int n) {
        for (String countable : new String[] {"file", "profile", "table", "trace", "list", "text"}) {
            if (n > 1 && kind.endsWith(countable)) {
                return kind + "s";
            }
        }
        return kind;
    }
}
