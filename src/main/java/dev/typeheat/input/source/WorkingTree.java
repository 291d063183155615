package dev.typeheat.input.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What git says about the crate's files before typeheat writes into them: like {@code cargo clippy --fix},
 * typeheat refuses to change files that have changes of the user's not yet committed (they could not
 * tell typeheat's edits from their own), and a folder that is not under version control at all.
 */
public final class WorkingTree {
    /** Why writing is refused, or null when it is fine. */
    public static String refusal(Path root, List<String> files, boolean allowDirty, boolean allowNoVcs) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toAbsolutePath().toString(), "status", "--porcelain", "--"));
        cmd.addAll(files);
        String out;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "git status did not answer within 30 s";
            }
            if (p.exitValue() != 0) {
                return allowNoVcs ? null
                        : root + " is not in a git repository: typeheat would change files nothing can restore (pass --allow-no-vcs to do it anyway)";
            }
        } catch (IOException e) {
            return allowNoVcs ? null : "git is not available to check the files first (pass --allow-no-vcs to write anyway)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (!out.isBlank() && !allowDirty) {
            String first = out.lines().findFirst().orElse("").strip();
            return "the files to change have uncommitted changes (" + first + (out.lines().count() > 1 ? ", ..." : "")
                    + "): commit or stash them first, or pass --allow-dirty";
        }
        return null;
    }

    private WorkingTree() {
    }
}
