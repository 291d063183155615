package dev.typeheat.cli;

import dev.typeheat.report.LintFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What {@code lint} and {@code cargo typeheat lint} print and where. */
public final class LintOutputOptions {
    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, github or markdown (default: ${DEFAULT-VALUE}).")
    LintFormat format;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Suppress findings recorded in FILE.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record all current findings in FILE.")
    Path writeBaseline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;
}
