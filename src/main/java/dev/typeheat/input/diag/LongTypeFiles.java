package dev.typeheat.input.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the long-type file a diagnostic names. The path in the message is the one rustc wrote on the
 * build machine; beside a saved error log the file is usually next to it or in a folder below, so it is
 * looked up by name there.
 */
final class LongTypeFiles {
    private LongTypeFiles() {
    }

    static Optional<Path> locate(Path dir, String named) {
        Path asGiven = Path.of(named);
        if (Files.isRegularFile(asGiven)) {
            return Optional.of(asGiven);
        }
        String name = asGiven.getFileName().toString();
        try (Stream<Path> files = Files.walk(dir, 4)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
