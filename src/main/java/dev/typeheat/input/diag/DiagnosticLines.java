package dev.typeheat.input.diag;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.LimitHit;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rustc's human output line by line: the types it quotes (through {@link DiagnosticText}) and the
 * errors where rustc gave up on a type, each handed on as one sample carrying a {@link LimitHit}:
 * E0275 {@code overflow evaluating the requirement} with its chain of {@code required because it appears
 * within the type} notes, {@code reached the type-length limit while instantiating} with its
 * {@code #![type_length_limit="N"]} hint, {@code reached the recursion limit while instantiating}, and an
 * ICE's query stack. Wordings of rustc 2018 to today are read: {@code = note:} and {@code note:} notes, the
 * old {@code required because of the requirements on the impl of}, both spellings of the limit attributes.
 * A quote that the terminal wrapped onto following lines (futures 0.1 types are long) is joined first.
 */
final class DiagnosticLines {
    /** An error's first line; rustc before 2016 put the span first ({@code src/lib.rs:1:1: 1:1 error: ...}). */
    private static final Pattern START = Pattern.compile("^\\s*(?:##\\[error\\]\\s*)?(?:\\S+:\\d+:\\d+: \\d+:\\d+ )?"
            + "(error|warning)(\\[(E\\d{4})\\])?: (.*)$");
    /** Where an error points: its {@code -->} line, or (before 2016) the span its first line starts with. */
    private static final Pattern LOCATION = Pattern.compile("^\\s*--> (\\S+:\\d+:\\d+)|^\\s*(\\S+:\\d+:\\d+): \\d+:\\d+ (error|warning)");
    private static final Pattern RECURSION_LIMIT = Pattern.compile("recursion_limit\\s*=\\s*\\\\?\"(\\d+)\\\\?\"");
    private static final Pattern TYPE_LENGTH_LIMIT = Pattern.compile("type_length_limit\\s*=\\s*\\\\?\"(\\d+)\\\\?\"");
    private static final Pattern HIDDEN = Pattern.compile("(\\d+) redundant requirements? hidden");
    private static final Pattern CHAIN_NOTE = Pattern.compile("required because it appears within the type"
            + "|required for `|required because of the requirements on the impl of|required because it's used within"
            + "|required because it captures|required by a bound in");
    /** A query stack frame: {@code #0 [layout_of] computing layout of `Foo`}. */
    private static final Pattern QUERY = Pattern.compile("^\\s*#(\\d+) \\[(\\w+)\\]\\s*(.*)$");
    private static final Pattern CRASH = Pattern.compile("^\\s*(thread 'rustc' (has overflowed its stack|panicked)|query stack during panic:"
            + "|error: internal compiler error)");
    /**
     * What a log puts before each line of rustc's output: crater's {@code [INFO] [stderr] }, a CI runner's
     * timestamp ({@code 2020-08-31T09:12:01.1234567Z }).
     */
    private static final Pattern LOG_PREFIX = Pattern.compile("^(\\[INFO\\] \\[std(?:err|out)\\] |\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z )");
    /** A limit error copied without its {@code error:} head (an editor's problem list shows the message alone). */
    private static final Pattern BARE_LIMIT = Pattern.compile("^\\s*((overflow evaluating the requirement"
            + "|reached the (type-length|recursion) limit while instantiating) `.*)$");
    /** A quote the terminal wrapped is joined over at most this many lines. */
    private static final int MAX_WRAPPED_LINES = 400;

    private final Input in;
    private final InputKind kind;
    private final ReadSummary summary;
    private final Consumer<Sample> out;
    private StringBuilder open;
    private long openLine;
    private int openLines;
    private Hit hit;

    DiagnosticLines(Input in, InputKind kind, ReadSummary summary, Consumer<Sample> out) {
        this.in = in;
        this.kind = kind;
        this.summary = summary;
        this.out = out;
    }

    /** The limit error being read: what it is about, how deep its chain is, its largest quoted type. */
    private static final class Hit {
        final LimitHit.Limit limit;
        final long line;
        String subject;
        String location;
        long value;
        int depth;
        String largest = "";
        String label;

        Hit(LimitHit.Limit limit, long line, String subject, String label) {
            this.limit = limit;
            this.line = line;
            this.subject = subject;
            this.label = label;
        }
    }

    void line(long number, String raw) {
        Matcher prefix = LOG_PREFIX.matcher(raw);
        String text = prefix.find() ? raw.substring(prefix.end()) : raw;
        if (open != null) {
            open.append(text.strip());
            if (++openLines >= MAX_WRAPPED_LINES || backticks(open) % 2 == 0) {
                String joined = open.toString();
                open = null;
                whole(openLine, joined);
            }
            return;
        }
        if (backticks(text) % 2 == 1 && DiagnosticText.opensQuote(text)) {
            open = new StringBuilder(text.stripTrailing());
            openLine = number;
            openLines = 0;
            return;
        }
        whole(number, text);
    }

    void end() {
        if (open != null) {
            String joined = open.toString();
            open = null;
            whole(openLine, joined);
        }
        close();
    }

    private void whole(long number, String text) {
        Matcher m = START.matcher(text);
        Matcher bare = null;
        if (m.find() || (bare = BARE_LIMIT.matcher(text)).find()) {
            close();
            String message = bare != null ? bare.group(1) : m.group(4);
            if (message.startsWith("overflow evaluating the requirement")) {
                hit = new Hit(LimitHit.Limit.RECURSION, number, quoted(message), "overflow evaluating the requirement");
            } else if (message.startsWith("reached the type-length limit while instantiating")) {
                hit = new Hit(LimitHit.Limit.TYPE_LENGTH, number, quoted(message), "reached the type-length limit");
            } else if (message.startsWith("reached the recursion limit while instantiating")) {
                hit = new Hit(LimitHit.Limit.INSTANTIATION, number, quoted(message), "reached the recursion limit while instantiating");
            } else if (message.startsWith("internal compiler error")) {
                hit = new Hit(LimitHit.Limit.CRASH, number, message, "internal compiler error");
            }
        } else if (CRASH.matcher(text).find() && (hit == null || hit.limit != LimitHit.Limit.CRASH)) {
            close();
            hit = new Hit(LimitHit.Limit.CRASH, number, text.strip(), text.contains("overflowed its stack")
                    ? "rustc overflowed its stack" : "internal compiler error");
        } else if (text.contains("has overflowed its stack") && hit != null && hit.limit == LimitHit.Limit.CRASH) {
            hit.label = "rustc overflowed its stack";
        }
        if (hit != null) {
            note(text);
        }
        for (DiagnosticText.Quote q : DiagnosticText.quotes(text)) {
            if (hit != null && larger(q.type(), hit.largest)) {
                hit.largest = q.type();
            }
        }
        DiagnosticText.read(text, in, number, kind, summary, out);
    }

    /** What one line of a limit error adds: where, the limit's number, one more level of the chain. */
    private void note(String text) {
        Matcher m;
        if (hit.location == null && (m = LOCATION.matcher(text)).find()) {
            hit.location = m.group(1) != null ? m.group(1) : m.group(2);
        }
        if ((m = RECURSION_LIMIT.matcher(text)).find() || (m = TYPE_LENGTH_LIMIT.matcher(text)).find()) {
            hit.value = Long.parseLong(m.group(1));
        }
        if ((m = HIDDEN.matcher(text)).find()) {
            hit.depth += Integer.parseInt(m.group(1));
        } else if (CHAIN_NOTE.matcher(text).find()) {
            hit.depth++;
        } else if ((m = QUERY.matcher(text)).find()) {
            hit.depth++;
            if (hit.subject == null || hit.subject.startsWith("thread") || hit.subject.startsWith("query stack")) {
                // the innermost query, in rustc's own words ("computing layout of `Foo`")
                hit.subject = m.group(3).isBlank() ? "query " + m.group(2) : m.group(3).strip();
            }
        }
    }

    /** Hands on the error just read as one sample about its largest type. */
    private void close() {
        if (hit == null) {
            return;
        }
        Hit h = hit;
        hit = null;
        String type = !h.largest.isEmpty() ? h.largest : h.subject;
        if (type == null || type.isBlank()) {
            return;
        }
        summary.note(h.limit.description() + " error(s), each a finding");
        out.accept(new Sample(type, kind, in.name(), h.line, h.label, Cost.NONE,
                new LimitHit(h.limit, h.subject, h.depth, h.value, h.location)));
    }

    /** Deeper nesting first (rustc shortens deep types to {@code Map<Map<..., ...>, ...>}), then longer text. */
    private static boolean larger(String a, String b) {
        int da = nesting(a);
        int db = nesting(b);
        return da != db ? da > db : a.length() > b.length();
    }

    private static int nesting(String s) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '(' || c == '[') {
                max = Math.max(max, ++depth);
            } else if ((c == '>' && (i == 0 || s.charAt(i - 1) != '-')) || c == ')' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    private static String quoted(String message) {
        int a = message.indexOf('`');
        int b = message.lastIndexOf('`');
        return a >= 0 && b > a ? message.substring(a + 1, b) : message;
    }

    private static int backticks(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '`') {
                n++;
            }
        }
        return n;
    }
}
