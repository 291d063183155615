package dev.typeheat.cli;

import dev.typeheat.input.Terminal;
import picocli.CommandLine.Option;

/** How wide names may be printed: --width, --wide, else the terminal's COLUMNS. */
public final class WidthOptions {
    @Option(names = "--width", paramLabel = "COLUMNS", description = "Shorten names to fit COLUMNS (default: the terminal's COLUMNS).",
            converter = Counts.Int.class)
    Integer width;

    @Option(names = "--wide", description = "Never shorten names.")
    boolean wide;

    int columns(int fallback) {
        return wide ? Integer.MAX_VALUE / 4 : width != null ? width : Terminal.width(fallback);
    }
}
