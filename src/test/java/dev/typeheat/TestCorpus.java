package dev.typeheat;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the test inputs are: the project's own corpus/ and, when present, the shared corpus beside the
 * checkout. A missing prerequisite (the shared corpus, a browser, cargo) skips the test that needs it,
 * counted as skipped with its reason on the console ({@link SkipReasons}); under {@code CI=true} it fails
 * instead, so CI cannot go green on tests that never ran.
 */
public final class TestCorpus {
    private TestCorpus() {
    }

    /** A file or folder under the project's corpus/. */
    public static Path project(String relative) {
        return Path.of("corpus").resolve(relative);
    }

    /** Whether this is a CI run ({@code CI=true}, as GitHub Actions and most CI services set it). */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the calling test (a counted skip, {@code missing} on the console) when {@code present} is false;
     * under {@code CI=true} fails it. Call it inside a test, never in {@code @BeforeAll}: a class whose
     * set-up is aborted is reported as neither run nor skipped.
     */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (ci()) {
            Assertions.fail(missing + " (CI=true: a missing prerequisite is a failure)");
        }
        Assumptions.abort(missing + ": skipped");
    }

    /** Where the shared corpus should be (../shared/corpus unless configured). */
    public static Path sharedLocation() {
        return Path.of(System.getProperty("typeheat.sharedCorpus", "../shared/corpus"));
    }

    /** The shared corpus; skips the calling test when it is not there (see {@link #require}). */
    public static Path shared() {
        Path dir = sharedLocation();
        require(Files.isDirectory(dir), "shared corpus not found at " + dir.toAbsolutePath().normalize());
        return dir;
    }

    /** Builds dynamic tests from the shared corpus. */
    public interface SharedTests {
        Stream<DynamicTest> over(Path sharedCorpus) throws Exception;
    }

    /**
     * The dynamic tests over the shared corpus, or, when it is missing, one test that is skipped (or fails
     * under CI) with the reason: an aborted factory would make the whole container vanish from the counts.
     */
    public static Stream<DynamicTest> overShared(SharedTests tests) throws Exception {
        if (!Files.isDirectory(sharedLocation())) {
            return Stream.of(DynamicTest.dynamicTest("shared corpus", TestCorpus::shared));
        }
        return tests.over(sharedLocation());
    }
}
