package dev.typeheat.input.llvmlines;

import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cargo-llvm-lines output of every format era (no header; {@code Lines Copies} header; {@code (TOTAL)}
 * row with one percentage per column; two percentages), including real pastes: cargo status lines,
 * shell prompts, Markdown fences and {@code ...} elisions are skipped and counted by kind.
 */
public final class LlvmLinesReader {
    /** Receives the rows. */
    public interface Rows {
        void row(String name, long lines, long copies);

        /** The TOTAL row the table declares (absent in the oldest format). */
        default void total(long lines, long copies) {
        }
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d+)\\s+(?:\\(\\s*[\\d.]+%[^)]*\\)\\s+)?(\\d+)\\s+(?:\\(\\s*[\\d.]+%[^)]*\\)\\s+)?(\\S.*?)\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\s*Lines\\s+Copies\\s+Function name\\s*$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-+\\s+-+\\s+-+\\s*$");
    private static final Pattern CARGO = Pattern.compile(
            "^\\s*(Compiling|Finished|Running|Checking|Downloaded|Downloading|Updating|Blocking|Fresh|Locking|Adding|warning|error|note|Building)\\b.*");
    private static final Pattern PROMPT = Pattern.compile("^\\s*([$#%>]|\\S*[$#%] )\\s*.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern ELISION = Pattern.compile("^\\s*(\\.\\.\\.|…|\\[\\.\\.\\.\\])\\s*$");

    public ReadSummary read(Path file, Rows out) {
        ReadSummary summary = new ReadSummary(file.toString(), InputKind.LLVM_LINES);
        long lineNo = 0;
        try (BufferedReader r = InputFiles.reader(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                classify(line, summary, out);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), lineNo, 0, "cannot read: " + e.getMessage());
        }
        return summary;
    }

    void classify(String line, ReadSummary summary, Rows out) {
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
                out.total(lines, copies);
                return;
            }
            summary.record();
            out.row(name, lines, copies);
            return;
        }
        if (HEADER.matcher(line).matches()) {
            summary.skip("header");
        } else if (DASHES.matcher(line).matches()) {
            summary.skip("dash row");
        } else if (FENCE.matcher(line).matches()) {
            summary.skip("markdown fence");
        } else if (ELISION.matcher(line).matches()) {
            summary.skip("elision (...)");
        } else if (CARGO.matcher(line).matches()) {
            summary.skip("cargo status");
        } else if (PROMPT.matcher(line).matches()) {
            summary.skip("shell prompt");
        } else {
            summary.skip("damaged row");
        }
    }
}
