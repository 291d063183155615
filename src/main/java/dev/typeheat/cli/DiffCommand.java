package dev.typeheat.cli;

import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.BuildDiff;
import dev.typeheat.advice.TwoBuilds;
import dev.typeheat.report.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code typeheat diff BASE HEAD}: what got worse between two builds. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two builds (folders or files, e.g. target/typeheat of main and of a PR):",
                "obligation time, IR lines and types that grew or appeared, sorted by growth."})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "The build before.")
    Path base;

    @Parameters(index = "1", paramLabel = "HEAD", description = "The build after.")
    Path head;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--fail-on-growth", paramLabel = "PERCENT",
            description = "Exit 1 when query time, IR lines, the largest type or the places over the thresholds grew by more than PERCENT (it says which, and the types that grew most).")
    Double failOnGrowth;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    DiffReport.Format format;

    @Option(names = "--top", defaultValue = "20", description = "Types to list (default: ${DEFAULT-VALUE}).",
            converter = Counts.Int.class)
    int top;

    @Override
    public Integer call() throws IOException {
        TwoBuilds builds = TwoBuilds.analyze(() -> new Analyzer(options.catalog(), options.lintConfig()), base, head);
        Summaries.printTo(System.err, builds.base);
        Summaries.printTo(System.err, builds.head);
        BuildDiff diff = new BuildDiff(builds.base, builds.head);
        Outputs.toStdout(out -> new DiffReport(top).write(diff, format, out));
        if (failOnGrowth != null && !diff.grewPast(failOnGrowth).isEmpty()) {
            System.err.println(DiffReport.growthMessage(diff, failOnGrowth));
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
