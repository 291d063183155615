package dev.typeheat.cli;

import dev.typeheat.report.LintFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What {@code lint} and {@code cargo typeheat lint} print and where. */
public final class LintOutputOptions {
    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, github or markdown (default: ${DEFAULT-VALUE}).")
    LintFormat format;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", converter = Counts.Int.class,
            description = "Places shown by text, markdown and github (github shows at most 10); json and sarif list all (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Suppress findings recorded in FILE.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record all current findings in FILE and exit 0 (accept them).")
    Path writeBaseline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Mixin
    WidthOptions widthOptions;

    LintRunner.Request request() {
        return new LintRunner.Request(baseline, writeBaseline, format, output, top, widthOptions.columns(100));
    }
}
