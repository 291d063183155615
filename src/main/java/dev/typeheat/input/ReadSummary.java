package dev.typeheat.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading one file produced: how many records, and which were skipped and why. */
public final class ReadSummary {
    /** What readers of text call the blank lines they skip. */
    public static final String BLANK_LINES = "blank line(s)";
    private final String file;
    private final InputKind kind;
    private long records;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> notes = new java.util.LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Path> references = new ArrayList<>();
    private String readAs;
    private boolean empty;

    public ReadSummary(String file, InputKind kind) {
        this.file = file;
        this.kind = kind;
    }

    public void record() {
        records++;
    }

    public void record(long n) {
        records += n;
    }

    /**
     * Sets aside {@code count} records already counted as read ({@code row(s) of earlier tables}): they move
     * from the records to the skipped, so nothing is counted twice.
     */
    public void setAside(String reason, long count) {
        records -= count;
        skip(reason, count);
    }

    public void skip(String reason) {
        skip(reason, 1);
    }

    public void skip(String reason, long count) {
        skipped.merge(reason, count, Long::sum);
    }

    /** Counts something read with a caveat ({@code row(s) whose name is cut short}). */
    public void note(String what) {
        notes.merge(what, 1L, Long::sum);
    }

    /** Something in the input the user must hear about ({@code the paste holds an error: ...}), at a line. */
    public void warn(long line, String what) {
        warnings.add(file + (line > 0 ? ":" + line : "") + ": " + what);
    }

    /** The warnings, each {@code file:line: what}. */
    public List<String> warnings() {
        return warnings;
    }

    /** Notes another file this one points to (a long-type file named in an error). */
    public void refer(Path other) {
        if (!references.contains(other)) {
            references.add(other);
        }
    }

    public List<Path> references() {
        return references;
    }

    /** Says which format the input was recognised as (set by {@link Inputs}). */
    public void readAs(String format) {
        this.readAs = format;
    }

    /** The format the input was read as ("rustc diagnostics"), or the kind's description. */
    public String format() {
        return readAs != null ? readAs : kind.description();
    }

    public String file() {
        return file;
    }

    public InputKind kind() {
        return kind;
    }

    public long records() {
        return records;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    /** Notes that the input held nothing at all (no byte but white space). */
    void empty() {
        empty = true;
    }

    /** An input without records: {@code empty}, or {@code only blank lines (1,000)}. */
    static String nothingIn(long blankLines) {
        return blankLines == 0 ? "empty" : "only blank lines (" + String.format("%,d", blankLines) + ")";
    }

    /**
     * {@code f: read as rustc long-type file: 12 record(s); skipped 3 (2 blank line(s), 1 not a type)}; an
     * input that held nothing is said as such whatever it was read as ({@code f: only blank lines (1,000): no record}).
     */
    public String describe() {
        if (records == 0 && notes.isEmpty() && (empty || !skipped.isEmpty() && skipped.keySet().equals(java.util.Set.of(BLANK_LINES)))) {
            return file + ": " + nothingIn(skippedTotal()) + ": no record";
        }
        return describeRead();
    }

    /** {@code f: read as rustc long-type file: 12 record(s); skipped 3 (2 blank line(s), 1 not a type)} */
    private String describeRead() {
        StringBuilder sb = new StringBuilder(file).append(": read as ").append(format()).append(": ")
                .append(String.format("%,d", records)).append(" record(s)");
        if (!skipped.isEmpty()) {
            sb.append("; skipped ").append(String.format("%,d", skippedTotal())).append(" (");
            int i = 0;
            for (Map.Entry<String, Long> e : skipped.entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append(String.format("%,d", e.getValue())).append(' ').append(e.getKey());
            }
            sb.append(')');
        }
        for (Map.Entry<String, Long> e : notes.entrySet()) {
            // a note that carries its own number ("2 tables, ...") is said as it is, others with their count
            boolean counted = !Character.isDigit(e.getKey().charAt(0));
            sb.append("; ").append(counted ? String.format("%,d ", e.getValue()) : "").append(e.getKey());
        }
        return sb.toString();
    }
}
