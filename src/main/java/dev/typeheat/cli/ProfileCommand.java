package dev.typeheat.cli;

import dev.typeheat.advice.Obligation;
import dev.typeheat.advice.ObligationRanking;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import dev.typeheat.measure.Measurer;
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
        description = {"Read rustc self-profiles (.mm_profdata, crox chrome_profiler.json; .gz/.zst too):",
                "time per query like measureme's summarize, and the slowest obligations with their types measured."})
public final class ProfileCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profiles to read.")
    List<Path> files;

    @Option(names = "--query", paramLabel = "LABEL", description = "Only obligations of these queries (repeatable), e.g. evaluate_obligation.")
    List<String> queries;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--top", defaultValue = "20", description = "Rows per table (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(160);
    }

    @Override
    public Integer call() throws IOException {
        Set<String> labels = queries == null ? Set.of() : new HashSet<>(queries);
        ObligationRanking ranking = new ObligationRanking(new Measurer());
        try (OutputStream out = Outputs.stdout()) {
            for (Path f : files) {
                ProfileData profile = ProfileReader.read(f);
                List<Obligation> obligations = ranking.rank(profile, labels);
                new ProfileReport(top, columns()).write(profile, obligations, format, out);
            }
        }
        return ExitCode.OK;
    }
}
