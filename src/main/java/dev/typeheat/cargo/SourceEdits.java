package dev.typeheat.cargo;

import java.io.IOException;
import java.nio.file.Path;

/** Edits that turn a copy of the crate into the variant to time against the crate as it is. */
@FunctionalInterface
public interface SourceEdits {
    /**
     * Applies the edits to the copy.
     *
     * @param crateDir the copy of the measured package's directory (where its Cargo.toml is)
     */
    void applyTo(Path crateDir) throws IOException;
}
