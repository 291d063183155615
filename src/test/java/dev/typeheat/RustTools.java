package dev.typeheat;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Prerequisites of the tests that run cargo. A missing one skips the calling test, counted, with its reason on
 * the console; under {@code CI=true} a missing cargo fails it instead (CI must not go green on nothing), while
 * Debian's packaged crates are never on CI machines and skip there too.
 */
public final class RustTools {
    /** Debian's crate registry (apt-get install librust-*-dev). */
    public static final Path DEBIAN_REGISTRY = Path.of("/usr/share/cargo/registry");

    private RustTools() {
    }

    /** Skips (or under CI fails) the calling test when cargo cannot be run. */
    public static void requireCargo() {
        TestCorpus.require(runs("cargo", "--version"), "cargo is not installed (or not on PATH)");
    }

    /** Skips the calling test when Debian's registry lacks one of {@code crates} (name-version folders). */
    public static void requireDebianCrates(String packages, String... crates) {
        for (String c : crates) {
            if (!Files.isDirectory(DEBIAN_REGISTRY.resolve(c))) {
                skip(DEBIAN_REGISTRY.resolve(c) + " is missing (apt-get install " + packages + "; Debian's crates "
                        + "are not on CI machines)");
            }
        }
    }

    /** Whether rustup is there (for --toolchain). */
    public static boolean hasRustup() {
        return runs("rustup", "--version");
    }

    private static boolean runs(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A skip even under CI (SkipReasons prints it). */
    private static void skip(String why) {
        Assumptions.abort(why);
    }

    /** Copies a crate of the corpus into {@code to}, without build output. */
    public static Path copyCrate(String name, Path to) throws IOException {
        Path from = TestCorpus.project("crates/" + name);
        Path crate = to.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path rel = from.relativize(f);
                if (rel.startsWith("target")) {
                    continue;
                }
                Path dest = crate.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
        return crate;
    }
}
