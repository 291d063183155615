package dev.typeheat.cli;

import picocli.CommandLine.Option;

/** What {@code fix} does with the plan: print it as a diff, or write it (with the checks cargo clippy --fix makes). */
public final class FixOutputOptions {
    @Option(names = "--apply", description = "Write the edits into the files instead of printing the diff.")
    boolean apply;

    @Option(names = "--allow-dirty", description = "With --apply: also when the files have uncommitted changes.")
    boolean allowDirty;

    @Option(names = "--allow-no-vcs", description = "With --apply: also when the crate is not in a git repository.")
    boolean allowNoVcs;
}
