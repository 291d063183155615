package dev.typeheat.advice.lint;

import dev.typeheat.advice.Finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The directory rustc's relative source paths ({@code src/main.rs}) start from: the crate root, or the
 * workspace root for a workspace member. SARIF names it {@code %SRCROOT%}; allow comments are read
 * from the files under it.
 *
 * @param dir   the absolute directory, or null when none holds the files the findings point to
 * @param files how many of those files exist under {@code dir}
 */
public record SourceRoot(Path dir, int files) {
    public static final SourceRoot UNKNOWN = new SourceRoot(null, 0);

    /** {@code candidate} if it holds any of the findings' files, else unknown. */
    public static SourceRoot at(Path candidate, Collection<Finding> findings) {
        Path dir = candidate.toAbsolutePath().normalize();
        int n = existing(dir, files(findings));
        return n > 0 ? new SourceRoot(dir, n) : UNKNOWN;
    }

    /**
     * The first of {@code start} and its parents that holds any of the findings' files, stopping at the
     * first one with a {@code Cargo.lock} (a workspace root): cargo runs rustc there.
     */
    public static SourceRoot search(Path start, Collection<Finding> findings) {
        Set<String> files = files(findings);
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            int n = existing(dir, files);
            if (n > 0) {
                return new SourceRoot(dir, n);
            }
            if (Files.exists(dir.resolve("Cargo.lock"))) {
                break;
            }
        }
        return UNKNOWN;
    }

    public boolean known() {
        return dir != null;
    }

    private static Set<String> files(Collection<Finding> findings) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.location() != null) {
                out.add(f.location().file());
            }
        }
        return out;
    }

    private static int existing(Path dir, Set<String> files) {
        int n = 0;
        for (String f : files) {
            if (Files.isRegularFile(dir.resolve(f))) {
                n++;
            }
        }
        return n;
    }
}
