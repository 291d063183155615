package dev.typeheat.cargo;

import java.nio.file.Path;

/**
 * A timing of the crate's rebuild before and after edits, as the user asked for it.
 *
 * @param cwd        the user's working directory: cargo runs there (its config applies) and relative paths start there
 * @param rounds     interleaved rounds (each: one rebuild of each copy)
 * @param keepCopies leave the copies and their target dirs for a look afterwards
 */
public record VerifyRequest(Path cwd, CargoArgs cargo, Toolchain toolchain, int rounds, boolean keepCopies) {
    public VerifyRequest {
        if (rounds < 1) {
            throw new CargoRequestException("--rounds " + rounds + ": at least one round");
        }
    }
}
