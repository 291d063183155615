package dev.typeheat.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What {@code cargo typeheat} (report) writes: the HTML page, and the top findings and suggestions on stdout. */
public final class ReportOutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html",
            description = {"Where to write the HTML report (default: typeheat's folder, <target-dir>/typeheat/report.html);",
                    "- writes it to standard output, and the findings and suggestions printed go to stderr."})
    Path output;

    @Option(names = "--top", paramLabel = "N", defaultValue = SuggestOutputOptions.DEFAULT_TOP,
            description = "Findings and suggestions to print (default: ${DEFAULT-VALUE}, as typeheat suggest).",
            converter = Counts.Int.class)
    int top;
}
