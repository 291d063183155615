package dev.typeheat.cli;

import dev.typeheat.input.InputException;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output files and stdout for commands. */
final class Outputs {
    private Outputs() {
    }

    static OutputStream file(Path p) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot write: " + e.getMessage());
        }
    }

    /** Stdout that a try-with-resources may close without closing System.out. */
    static OutputStream stdout() {
        return new FilterOutputStream(new BufferedOutputStream(System.out, 1 << 16)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
