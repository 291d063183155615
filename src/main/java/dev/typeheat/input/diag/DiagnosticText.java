package dev.typeheat.input.diag;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the types quoted in rustc's diagnostic wording. Only quotes in positions where rustc prints a
 * type or a predicate count: code snippets in backticks ({@code `move || {`}) are not types.
 */
final class DiagnosticText {
    /** rustc phrases followed by a quoted type or predicate. */
    private static final Pattern QUOTED = Pattern.compile(
            "(overflow evaluating the requirement"
                    + "|reached the type-length limit while instantiating"
                    + "|reached the recursion limit while instantiating"
                    + "|required because it appears within the type"
                    + "|required for"
                    + "|the requirements on the impl of `[^`]+` for"
                    + "|evaluating trait selection obligation"
                    + "|computing layout of|computing whether|normalizing|type-checking|checking whether"
                    + "|within"
                    + "|is not implemented for"
                    + "|is implemented for"
                    + "|the trait bound"
                    + "|cannot be sent between threads safely|cannot be shared between threads safely"
                    + "|expected|found"
                    + "|the type"
                    + "|the full type name has been written to|the full name for the type has been written to"
                    + ") `([^`]+)`");
    private static final Pattern SUBJECT = Pattern.compile("^(?:error|warning)(?:\\[(E\\d+)\\])?: `([^`]+)`");
    private static final Pattern LONG_TYPE_FILE = Pattern.compile("has been written to '([^']+)'");

    private DiagnosticText() {
    }

    private static final Pattern OPENING = Pattern.compile(
            "(overflow evaluating the requirement|limit while instantiating|appears within the type|required for"
                    + "|the impl of|is not implemented for|evaluating trait selection obligation|the trait bound"
                    + "|within|expected|found|the type) `[^`]*$");

    /** Whether a line ends inside a quote after a phrase that quotes a type (the terminal wrapped the rest). */
    static boolean opensQuote(String line) {
        return OPENING.matcher(line).find();
    }

    /** A quoted type and the phrase that introduced it. */
    record Quote(String phrase, String type) {
    }

    static List<Quote> quotes(String line) {
        List<Quote> out = new ArrayList<>();
        Matcher s = SUBJECT.matcher(line);
        if (s.find()) {
            out.add(new Quote(s.group(1) != null ? s.group(1) : "error", s.group(2)));
        }
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
            if (!m.group(1).startsWith("the full")) {
                out.add(new Quote(m.group(1), m.group(2)));
            }
        }
        return out;
    }

    /**
     * Hands the types quoted in one line of diagnostic text on as samples, and notes a long-type file the
     * line names as a reference to read (or counts it as skipped when it cannot be found).
     */
    static void read(String text, Input in, long line, InputKind kind,
                     ReadSummary summary, Consumer<Sample> out) {
        for (Quote q : quotes(text)) {
            summary.record();
            out.accept(new Sample(q.type(), kind, in.name(), line, q.phrase(), Cost.NONE));
        }
        String longTypes = longTypeFile(text);
        if (longTypes != null) {
            Optional<Path> found = LongTypeFiles.locate(in.folder(), longTypes);
            if (found.isPresent()) {
                summary.refer(found.get());
            } else {
                summary.skip("long-type file(s) named but not found");
            }
        }
    }

    /** The long-type file a line points to, or null. */
    static String longTypeFile(String line) {
        Matcher m = LONG_TYPE_FILE.matcher(line);
        return m.find() ? m.group(1) : null;
    }
}
