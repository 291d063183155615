package dev.typeheat.cargo;

import dev.typeheat.input.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A unified diff with paths from the crate's directory ({@code a/src/main.rs}, as {@code git diff} writes
 * them there, or {@code patch -p1} reads them), applied with {@code git apply} to a copy of the crate.
 */
public record PatchFile(Path patch) implements SourceEdits {
    @Override
    public void applyTo(Path crateDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("git", "apply", "--whitespace=nowarn", patch.toAbsolutePath().toString())
                .directory(crateDir.toFile()).redirectErrorStream(true);
        // a copy under some other repository's work tree must not make git apply paths from that repository's root
        pb.environment().put("GIT_CEILING_DIRECTORIES", crateDir.getParent().toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new InputException(patch.toString(), "cannot apply it: git is needed (" + e.getMessage() + ")");
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (p.waitFor() != 0) {
                throw new InputException(patch.toString(), "does not apply to the crate: "
                        + (said.isEmpty() ? "git apply failed" : said.lines().findFirst().orElse(said)));
            }
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new InputException(patch.toString(), "interrupted while applying it");
        }
    }
}
