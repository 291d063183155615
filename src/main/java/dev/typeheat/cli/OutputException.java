package dev.typeheat.cli;

/**
 * An output that could not be written (a full disk, a folder that does not exist, a closed pipe):
 * one line {@code typeheat: WHERE: cannot write: why}, exit code {@link ExitCode#OUTPUT}.
 */
public final class OutputException extends RuntimeException {
    private final String where;
    private final boolean brokenPipe;

    OutputException(String where, String why, boolean brokenPipe) {
        super(why);
        this.where = where;
        this.brokenPipe = brokenPipe;
    }

    /** The reader of standard output went away ({@code | head}): nothing left to say. */
    boolean brokenPipe() {
        return brokenPipe;
    }

    String oneLine() {
        return where + ": cannot write: " + getMessage();
    }

    static OutputException of(String where, java.io.IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            why = "no such directory";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        }
        return new OutputException(where, why, why.contains("Broken pipe"));
    }
}
