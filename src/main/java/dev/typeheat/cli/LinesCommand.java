package dev.typeheat.cli;

import dev.typeheat.input.InputKind;
import dev.typeheat.input.InputSniffer;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.ir.IrReader;
import dev.typeheat.input.llvmlines.LlvmLinesReader;
import dev.typeheat.measure.LinesTable;
import dev.typeheat.measure.LinesView;
import dev.typeheat.report.LinesReport;
import dev.typeheat.report.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code typeheat lines FILE...}: LLVM IR lines per function, crate, instantiation or type. */
@Command(name = "lines", mixinStandardHelpOptions = true,
        description = {"Rank functions by LLVM IR lines like cargo-llvm-lines, from .ll files or saved",
                "cargo-llvm-lines output, and say which types cost them (--group type)."})
public final class LinesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".ll files (.gz/.zst too) or cargo-llvm-lines output.")
    List<Path> files;

    @Option(names = {"-s", "--sort"}, defaultValue = "lines", description = "lines, copies or name (default: ${DEFAULT-VALUE}).")
    LinesTable.Sort sort;

    @Option(names = "--filter", paramLabel = "REGEX", description = "Show only rows matching REGEX (TOTAL and percentages still count all).")
    String filter;

    @Option(names = "--group", defaultValue = "generic",
            description = "generic (v0 copies of a generic function together), raw (exactly cargo-llvm-lines' keys), "
                    + "instance, crate or type (default: ${DEFAULT-VALUE}).")
    LinesView.Group group;

    @Option(names = "--deep", description = "With --group type: blame every nested type, not only the outermost arguments.")
    boolean deep;

    @Option(names = "--top", paramLabel = "N", description = "Show at most N rows.")
    Integer top;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        Pattern pattern = null;
        if (filter != null) {
            try {
                pattern = Pattern.compile(filter);
            } catch (PatternSyntaxException e) {
                throw new UsageException("--filter: invalid regular expression: " + e.getDescription());
            }
        }
        LinesView view = new LinesView(group, deep);
        for (Path f : files) {
            InputKind kind = InputSniffer.sniff(f).orElse(InputKind.LLVM_LINES);
            if (kind != InputKind.LLVM_IR) {
                ReadSummary s = new LlvmLinesReader().read(f, new LlvmLinesReader.Rows() {
                    @Override
                    public void row(String name, long lines, long copies) {
                        view.addRow(name, lines, copies);
                    }

                    @Override
                    public void total(long lines, long copies) {
                        view.declaredTotal(lines, copies);
                    }
                });
                if (s.records() == 0) {
                    throw new dev.typeheat.input.InputException(f.toString(),
                            "neither LLVM IR (no `define` lines) nor cargo-llvm-lines output (no rows)");
                }
                if (s.skippedTotal() > 0) {
                    System.err.println("typeheat: " + s.describe());
                }
            } else {
                new IrReader().read(f, fn -> view.addFunction(fn.name(), fn.v0(), fn.lines()));
            }
        }
        List<LinesTable.Row> rows = view.table().sorted(sort, pattern);
        if (top != null && rows.size() > top) {
            rows = rows.subList(0, top);
        }
        try (OutputStream out = Outputs.stdout()) {
            new LinesReport(view.hasSizes()).write(view.table(), rows, format, out);
        }
        return ExitCode.OK;
    }
}
