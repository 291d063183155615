package dev.typeheat.cli;

import dev.typeheat.advice.LinesInputs;
import dev.typeheat.input.Inputs;
import dev.typeheat.measure.LinesComparison;
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

/** {@code typeheat lines FILE...}: LLVM IR lines per function, crate, instantiation or type; two tables compared. */
@Command(name = "lines", mixinStandardHelpOptions = true,
        description = {"Rank functions by LLVM IR lines like cargo-llvm-lines, from .ll files or saved",
                "cargo-llvm-lines output (- for stdin), and say which types cost them (--group type).",
                "Each saved table is its own result; two results (lines A B, or a paste with a before and",
                "an after table) are compared like diff."})
public final class LinesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".ll files (.gz/.zst too) or cargo-llvm-lines output; - for stdin.")
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

    @Option(names = "--each", description = "Each .ll file its own result (default: the .ll files of a run add up to one, like cargo llvm-lines --files).")
    boolean each;

    @Option(names = "--top", paramLabel = "N", description = "Show at most N rows.",
            converter = Counts.Int.class)
    Integer top;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /**
     * The command for {@code lines [OPTION VALUE | --deep]... FILE...} without picocli, or null when the
     * arguments hold anything else (help, --debug, an unknown option or value): picocli then parses them as
     * usual. cargo-llvm-lines starts in milliseconds; building picocli's model of every command does not.
     */
    static LinesCommand plainInvocation(String[] args) {
        if (args.length < 2 || !args[0].equals("lines")) {
            return null;
        }
        LinesCommand c = new LinesCommand();
        c.sort = LinesTable.Sort.lines;
        c.group = LinesView.Group.generic;
        c.format = OutputFormat.text;
        c.files = new java.util.ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
                c.files.add(Path.of(a));
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (a.equals("--deep")) {
                c.deep = true;
                continue;
            }
            String name = a;
            String value;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            String v = value.toLowerCase(java.util.Locale.ROOT);
            try {
                switch (name) {
                    case "-s", "--sort" -> c.sort = LinesTable.Sort.valueOf(v);
                    case "--group" -> c.group = LinesView.Group.valueOf(v);
                    case "--format" -> c.format = OutputFormat.valueOf(v);
                    case "--filter" -> c.filter = value;
                    case "--top" -> {
                        c.top = Integer.valueOf(value);
                        if (c.top < 0) {
                            return null; // picocli's converter says why
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            } catch (IllegalArgumentException e) {
                return null; // picocli says what is wrong with the value
            }
        }
        return c.files.isEmpty() ? null : c;
    }

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
        LinesInputs use = new LinesInputs(group, deep, each);
        Inputs inputs = new Inputs(use).read(files);
        Summaries.printReads(System.err, inputs);
        if (group == LinesView.Group.type && use.legacyNames()) {
            System.err.println("typeheat: legacy-mangled IR names carry no generic arguments (only impl self types and"
                    + " drop glue): build with RUSTFLAGS=\"-C symbol-mangling-version=v0\" (on stable with RUSTC_BOOTSTRAP=1)"
                    + " to charge lines to the types the functions are instantiated over");
        }
        List<LinesInputs.Result> results = use.results();
        LinesReport report = new LinesReport(group == LinesView.Group.instance || group == LinesView.Group.type);
        Pattern filtered = pattern;
        Outputs.toStdout(out -> {
            if (results.size() == 2) {
                LinesComparison c = new LinesComparison(results.get(0).name(), results.get(0).view().table(),
                        results.get(1).name(), results.get(1).view().table());
                report.writeComparison(c, limit(c.changed(filtered)), format, out);
                return;
            }
            for (LinesInputs.Result r : results) {
                if (results.size() > 1 && format == OutputFormat.text) {
                    out.write(("== " + r.name() + " ==\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                report.write(r.view().table(), limit(r.view().table().sorted(sort, filtered)), format, out);
            }
        });
        return ExitCode.OK;
    }

    private <T> List<T> limit(List<T> rows) {
        return top != null && rows.size() > top ? rows.subList(0, top) : rows;
    }
}
