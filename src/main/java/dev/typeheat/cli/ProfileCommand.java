package dev.typeheat.cli;

import dev.typeheat.advice.ProfileInputs;
import dev.typeheat.input.Inputs;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.report.ProfileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code typeheat profile FILE...}: rustc self-profiles, queries like summarize plus obligations as types. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Read rustc self-profiles (.mm_profdata, crox chrome_profiler.json; .gz/.zst too; - for stdin):",
                "time per query like measureme's summarize, and the slowest obligations with their types measured."})
public final class ProfileCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profiles to read (- for stdin).")
    List<Path> files;

    @Option(names = "--query", paramLabel = "LABEL", description = "Only obligations of these queries (repeatable), e.g. evaluate_obligation.")
    List<String> queries;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--top", defaultValue = "20", description = "Rows per table (default: ${DEFAULT-VALUE}).",
            converter = Counts.Int.class)
    int top;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(160);
    }

    @Override
    public Integer call() throws IOException {
        Set<String> labels = queries == null ? Set.of() : new HashSet<>(queries);
        ProfileInputs use = new ProfileInputs(labels);
        Summaries.printReads(System.err, new Inputs(use).read(files));
        Outputs.toStdout(out -> {
            for (ProfileInputs.Result r : use.results()) {
                new ProfileReport(top, columns()).write(r.profile(), r.obligations(), format, out);
            }
        });
        return ExitCode.OK;
    }
}
