package dev.typeheat.cli;

import dev.typeheat.report.OutputFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code suggest} and {@code cargo typeheat suggest} print: one default, so both show as many. */
public final class SuggestOutputOptions {
    /** How many suggestions every command shows by default. */
    static final String DEFAULT_TOP = "20";

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--top", defaultValue = DEFAULT_TOP, description = "Show the best N (default: ${DEFAULT-VALUE}).",
            converter = Counts.Int.class)
    int top;

    @Mixin
    WidthOptions widthOptions;

    int columns() {
        return widthOptions.columns(120);
    }
}
