package dev.typeheat.types;

import dev.typeheat.measure.Measurer;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Parses many type strings and collects what went wrong, so one assertion reports every failure. */
final class TypeCheck {
    private final TypeParser parser = new TypeParser();
    private final Measurer measurer = new Measurer();
    private final List<String> problems = new ArrayList<>();
    private int checked;

    /** A complete type: must parse without recovery, print back to itself and measure its printed length. */
    void complete(String source, String text) {
        checked++;
        ParsedType p = parser.parse(text);
        if (p.root() == null || p.syntaxErrors() > 0 || p.repaired()) {
            problems.add(source + ": " + (p.firstError() != null ? p.firstError() : "repaired/empty") + " in " + cut(text));
            return;
        }
        String printed = TypePrinter.WITH_HASHES.print(p.root());
        if (!squash(printed).equals(squash(text))) {
            problems.add(source + ": round trip differs:\n  in : " + cut(text) + "\n  out: " + cut(printed));
            return;
        }
        long length = measurer.measure(p.root()).length();
        if (length != printed.length()) {
            problems.add(source + ": length metric " + length + " but printed " + printed.length() + ": " + cut(text));
        }
    }

    /** Text that may be cut (llvm-lines names, shortened diagnostics): the grammar itself must never fail. */
    void mayBeCut(String source, String text) {
        checked++;
        ParsedType p = parser.parse(text);
        if (p.root() == null || p.syntaxErrors() > 0) {
            problems.add(source + ": " + p.firstError() + " in " + cut(text));
        }
    }

    int checked() {
        return checked;
    }

    void assertNoProblems() {
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder(problems.size() + " of " + checked + " type strings failed:\n");
            problems.stream().limit(25).forEach(p -> sb.append(p).append('\n'));
            fail(sb.toString());
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
