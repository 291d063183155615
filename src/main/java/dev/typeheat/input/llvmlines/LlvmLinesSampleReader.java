package dev.typeheat.input.llvmlines;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saved cargo-llvm-lines tables as samples: each row's function name with its lines and copies. Of a
 * paste with several tables (before and after) only the last is the build as it is now: the rows of the
 * earlier ones are counted as skipped, not added to it. Rows whose name was cut short name no function and
 * TOTAL rows are sums: both are skipped too, so every row is counted once, as read or as skipped.
 */
public final class LlvmLinesSampleReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.LLVM_LINES;
    }

    private record Row(String name, long lines, long copies, long line) {
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        List<Row> current = new ArrayList<>();
        // every row the reader counted as a record that gives no sample is set aside with its reason
        long[] currentCut = {0};
        long[] earlierRows = {0};
        long[] totals = {0};
        int[] tables = {1};
        ReadSummary summary = new LlvmLinesReader().read(in, new LlvmLinesReader.Rows() {
            @Override
            public void row(String name, long lines, long copies) {
                current.add(new Row(name, lines, copies, 0));
            }

            @Override
            public void total(long lines, long copies) {
                totals[0]++;
            }

            @Override
            public void cutRow(String name, long lines, long copies) {
                // its lines belong to some function, but the name is no function's: nothing to join it to
                currentCut[0]++;
            }

            @Override
            public void table(int index, String name) {
                if (index > tables[0]) {
                    earlierRows[0] += current.size() + currentCut[0];
                    current.clear();
                    currentCut[0] = 0;
                    tables[0] = index;
                }
            }
        });
        for (Row r : current) {
            out.accept(new Sample(r.name(), kind(), in.name(), r.line(), "llvm-lines row", Cost.irLines(r.lines(), r.copies())));
        }
        if (earlierRows[0] > 0) {
            summary.setAside("row(s) of earlier tables (only the last one is analysed)", earlierRows[0]);
        }
        if (currentCut[0] > 0) {
            summary.setAside("row(s) whose name is cut short (no function to join them to)", currentCut[0]);
        }
        if (totals[0] > 0) {
            summary.setAside("TOTAL row(s)", totals[0]);
        }
        return summary;
    }
}
