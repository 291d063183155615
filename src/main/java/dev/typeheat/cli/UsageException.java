package dev.typeheat.cli;

/** A command line that parsed but makes no sense (exit code 2). */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
