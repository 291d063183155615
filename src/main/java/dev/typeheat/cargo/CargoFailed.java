package dev.typeheat.cargo;

/** A cargo command typeheat ran failed; cargo has said why on stderr, and its exit code becomes ours. */
final class CargoFailed extends RuntimeException {
    private final int exitCode;

    CargoFailed(int exitCode) {
        super("cargo exited with " + exitCode);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
