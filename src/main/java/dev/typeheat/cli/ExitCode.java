package dev.typeheat.cli;

/** The exit codes CI and scripts rely on (documented in README). */
public final class ExitCode {
    /** Success: the command ran and nothing went over a threshold. */
    public static final int OK = 0;
    /** The command ran and found something over a threshold (lint, diff --fail-on-growth). */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input could not be read or is not valid. */
    public static final int BAD_INPUT = 3;
    /** A bug in typeheat: please report it with the output of {@code --debug}. */
    public static final int INTERNAL = 4;
    /** An output could not be written (a full disk, a folder that does not exist). */
    public static final int OUTPUT = 5;

    private ExitCode() {
    }
}
