package dev.typeheat.cli;

import picocli.CommandLine;

/**
 * The usage error of {@code typeheat} run without a subcommand. Built here, not in {@link Main}: the
 * start-up archive checks the archived classes' bytecode against the classes it names, and picocli's
 * (built for Java 5) are never archived, so a picocli exception thrown in {@code Main} made every start
 * open the 13 MB jar and index its 3,600 entries, {@code typeheat demangle}'s too.
 */
final class SubcommandRequired {
    private SubcommandRequired() {
    }

    static RuntimeException error(CommandLine cl) {
        return new CommandLine.ParameterException(cl, "a subcommand is required");
    }
}
