package dev.typeheat.input.llvmlines;

import dev.typeheat.input.Input;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.InputKind;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cargo-llvm-lines output of every format era (no header; {@code Lines Copies} header; {@code (TOTAL)}
 * row with one percentage per column; two percentages), including real pastes: cargo status lines,
 * shell prompts, Markdown fences and {@code ...} elisions are skipped and counted by kind. A paste may hold
 * several tables (a pull request's before and after, or two crates): a header or a TOTAL row after rows
 * starts a new table, named by the line that introduces it ({@code Before:}, {@code $ cargo llvm-lines --lib})
 * or by its order. A row whose name was cut in the middle ({@code alloc::boxed::}) is read but marked, and
 * an error in the paste ({@code Unsuccessful `cargo rustc` invocation}) is reported.
 */
public final class LlvmLinesReader {
    /** Receives the tables and their rows. */
    public interface Rows {
        void row(String name, long lines, long copies);

        /** The TOTAL row the table declares (absent in the oldest format). */
        default void total(long lines, long copies) {
        }

        /** A row whose name the paste cut short: its lines count, its name is no function's. */
        default void cutRow(String name, long lines, long copies) {
            row(name, lines, copies);
        }

        /**
         * The rows from now on belong to table {@code index} (1-based) called {@code name}: a further table
         * starts, or the current one, still empty, gets its name. Never called for a paste of one unnamed table.
         */
        default void table(int index, String name) {
        }
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d+)\\s+(?:\\(\\s*[\\d.]+%[^)]*\\)\\s+)?(\\d+)\\s+(?:\\(\\s*[\\d.]+%[^)]*\\)\\s+)?(\\S.*?)\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\s*Lines\\s+Copies\\s+Function name\\s*$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-+\\s+-+\\s+-+\\s*$");
    private static final Pattern ERROR = Pattern.compile(
            "^\\s*(Unsuccessful `?cargo rustc`? invocation.*|error(\\[E\\d+\\])?: .*|error: could not compile.*|thread '.*' panicked.*)$");
    private static final Pattern CARGO = Pattern.compile(
            "^\\s*(Compiling|Finished|Running|Checking|Downloaded|Downloading|Updating|Blocking|Fresh|Locking|Adding|warning|error|note|Building)\\b.*");
    private static final Pattern PROMPT = Pattern.compile("^\\s*([$#%>❯]|\\S*[$#%] )\\s*(.*)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern ELISION = Pattern.compile("^\\s*(\\.\\.\\.|…|\\[\\.\\.\\.\\])\\s*$");
    /** A line naming the table after it: {@code Before:}, {@code **After**}, {@code ## before (main)}. */
    private static final Pattern LABEL = Pattern.compile("^[\\s#*_>-]*(before|after|old|new|base|head)\\b[^|]{0,60}$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The end of a name cut in the middle: {@code alloc::boxed::}, {@code foo$}. (A trailing {@code _} is
     * no sign: {@code Server::poll_next_} is a real function.)
     */
    private static final Pattern CUT_NAME = Pattern.compile("(::?|\\$)$");

    /** Reads saved output from a file (tests, and callers outside the one reading path). */
    public ReadSummary read(Path file, Rows out) {
        try (Input in = Input.open(file)) {
            return read(in, out);
        }
    }

    public ReadSummary read(Input in, Rows out) {
        ReadSummary summary = new ReadSummary(in.name(), InputKind.LLVM_LINES);
        Tables tables = new Tables(out);
        in.lines((number, line) -> classify(number, line, summary, tables));
        if (tables.count > 1) {
            summary.note(tables.count + " tables, each its own result");
        }
        return summary;
    }

    /** Where one table ends and the next starts, and what each is called. */
    private static final class Tables {
        final Rows out;
        int count = 1;
        boolean rowsSeen;
        boolean totalSeen;
        String label;

        Tables(Rows out) {
            this.out = out;
        }

        /** Starts a new table if the current one already has content, else names the current one. */
        void boundary() {
            if (rowsSeen || totalSeen) {
                count++;
                out.table(count, label != null ? label : "table " + count);
                rowsSeen = false;
                totalSeen = false;
            } else if (label != null) {
                out.table(count, label);
            }
            label = null;
        }
    }

    void classify(long number, String line, ReadSummary summary, Tables tables) {
        if (line.isBlank()) {
            summary.skip("blank");
            return;
        }
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
            long lines;
            long copies;
            try {
                lines = Long.parseLong(m.group(1));
                copies = Long.parseLong(m.group(2));
            } catch (NumberFormatException e) {
                summary.skip("damaged row");
                return;
            }
            String name = m.group(3);
            if (name.equals("(TOTAL)")) {
                if (tables.totalSeen || tables.rowsSeen || tables.label != null) {
                    tables.boundary();
                }
                tables.totalSeen = true;
                summary.record(); // a table of TOTAL rows alone (a before/after paste) is still read
                tables.out.total(lines, copies);
                return;
            }
            if (tables.label != null) {
                tables.boundary();
            }
            tables.rowsSeen = true;
            summary.record();
            if (CUT_NAME.matcher(name).find()) {
                summary.note("row(s) whose name is cut short, marked …");
                tables.out.cutRow(name + "…", lines, copies);
            } else {
                tables.out.row(name, lines, copies);
            }
            return;
        }
        Matcher prompt;
        if (HEADER.matcher(line).matches()) {
            tables.boundary();
            summary.skip("header");
        } else if (DASHES.matcher(line).matches()) {
            summary.skip("dash row");
        } else if (FENCE.matcher(line).matches()) {
            summary.skip("markdown fence");
        } else if (ELISION.matcher(line).matches()) {
            summary.skip("elision (...)");
        } else if (ERROR.matcher(line).matches()) {
            summary.warn(number, "the paste holds an error: " + line.strip());
        } else if (CARGO.matcher(line).matches()) {
            summary.skip("cargo status");
        } else if ((prompt = PROMPT.matcher(line)).matches()) {
            summary.skip("shell prompt");
            String command = prompt.group(2).strip();
            if (command.contains("llvm-lines") && tables.label == null) {
                tables.label = command.toLowerCase(Locale.ROOT).contains("|") ? command.substring(0, command.indexOf('|')).strip()
                        : command;
            }
        } else if (LABEL.matcher(line).matches()) {
            summary.skip("table label");
            tables.label = line.replaceAll("[#*_>:]", " ").strip();
        } else {
            summary.skip("damaged row");
        }
    }
}
