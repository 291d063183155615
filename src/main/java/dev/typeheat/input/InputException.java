package dev.typeheat.input;

/**
 * Input that typeheat cannot read: reported to the user as one line,
 * {@code typeheat: FILE:LINE:COL: what is wrong}, with exit code 3.
 * Line and column are 1-based; 0 means "not known" and is left out of the message.
 */
public class InputException extends RuntimeException {
    private final String where;
    private final long line;
    private final long column;

    public InputException(String where, long line, long column, String what) {
        super(what);
        this.where = where;
        this.line = line;
        this.column = column;
    }

    public InputException(String where, String what) {
        this(where, 0, 0, what);
    }

    public InputException(String where, long line, long column, String what, Throwable cause) {
        this(where, line, column, what);
        initCause(cause);
    }

    public String where() {
        return where;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    /** The one-line location prefix: {@code file:line:col}, {@code file:line} or {@code file}. */
    public String location() {
        StringBuilder sb = new StringBuilder(where == null ? "<input>" : where);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** The whole user-facing message without the {@code typeheat: } prefix. */
    public String oneLine() {
        return location() + ": " + getMessage();
    }
}
