package dev.typeheat;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test inputs are: the project's own corpus/ and, when present, the shared corpus beside the checkout. */
public final class TestCorpus {
    private TestCorpus() {
    }

    /** A file or folder under the project's corpus/. */
    public static Path project(String relative) {
        return Path.of("corpus").resolve(relative);
    }

    /** The shared corpus (../shared/corpus); skips the calling test with a message when it is not there. */
    public static Path shared() {
        String configured = System.getProperty("typeheat.sharedCorpus", "../shared/corpus");
        Path dir = Path.of(configured);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "shared corpus not found at " + dir.toAbsolutePath() + ": skipping the tests over it");
        return dir;
    }
}
