package dev.typeheat.input.source;

/**
 * A stretch of one source file, in code point offsets: {@code start} inclusive, {@code end} exclusive.
 */
public record TextRange(SourceFile file, int start, int end) {

    public boolean contains(TextRange other) {
        return file == other.file && start <= other.start && other.end <= end;
    }

    public int length() {
        return end - start;
    }

    public int line() {
        return file.line(start);
    }

    public int column() {
        return file.column(start);
    }

    /** Line of the last character. */
    public int endLine() {
        return file.line(Math.max(start, end - 1));
    }

    /** Column just after the last character: where text appended to this range goes (rustc's end columns). */
    public int endColumn() {
        return file.column(Math.max(start, end - 1)) + 1;
    }

    public String text() {
        return file.slice(start, end);
    }

    /** The first line of the text, trimmed. */
    public String firstLine() {
        String t = text();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    /** {@code src/main.rs:12:5} */
    public String where() {
        return file.path() + ":" + line() + ":" + column();
    }

    @Override
    public String toString() {
        return where() + "-" + endLine() + ":" + endColumn();
    }
}
