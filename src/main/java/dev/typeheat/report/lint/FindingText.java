package dev.typeheat.report.lint;

import dev.typeheat.advice.Evidence;
import dev.typeheat.advice.Finding;
import dev.typeheat.advice.Suggestion;
import dev.typeheat.types.TypePrinter;

/** The words and places all lint formats share for one finding. */
final class FindingText {
    private FindingText() {
    }

    /** The file a finding points to: the user's code, else the input it was read from. */
    static String file(Finding f) {
        if (f.location() != null) {
            return f.location().file();
        }
        Evidence e = f.record().evidence().isEmpty() ? null : f.record().evidence().get(0);
        return e == null ? "" : e.file();
    }

    static long line(Finding f) {
        if (f.location() != null) {
            return f.location().line();
        }
        Evidence e = f.record().evidence().isEmpty() ? null : f.record().evidence().get(0);
        return e == null ? 1 : Math.max(1, e.line());
    }

    static long column(Finding f) {
        return f.location() != null ? f.location().column() : 1;
    }

    static String shortType(Finding f, int width) {
        return TypePrinter.WITHOUT_HASHES.printShortened(f.record().type(), width);
    }

    /** One sentence: what is wrong and what to do. */
    static String message(Finding f) {
        StringBuilder sb = new StringBuilder(f.message());
        if (f.function() != null) {
            sb.append(" in ").append(f.function());
        }
        sb.append(": ").append(shortType(f, 160));
        if (!f.suggestions().isEmpty()) {
            Suggestion s = f.suggestions().get(0);
            sb.append(". Call ").append(s.family().call()).append(" (").append(s.family().remedy()).append(") at ")
                    .append(s.where());
            if (f.suggestions().size() > 1) {
                sb.append(" and ").append(f.suggestions().size() - 1).append(" more place(s) (typeheat suggest)");
            }
        }
        return sb.toString();
    }
}
