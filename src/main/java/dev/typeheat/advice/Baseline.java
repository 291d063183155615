package dev.typeheat.advice;

import dev.typeheat.input.InputException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Known findings, by fingerprint (rule + type shape, not line numbers), so CI fails only on new ones.
 * The file is text: one fingerprint per line, {@code #} comments, sorted so diffs stay small.
 */
public final class Baseline {
    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    public static Baseline read(Path file) {
        Set<String> prints = new TreeSet<>();
        try {
            long line = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                String t = text.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (!t.matches("[a-z-]+:[0-9a-f]{8,64}")) {
                    throw new InputException(file.toString(), line, 1, "not a typeheat fingerprint: " + t);
                }
                prints.add(t);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such baseline file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read baseline: " + e.getMessage());
        }
        return new Baseline(prints);
    }

    public boolean contains(Finding f) {
        return fingerprints.contains(f.fingerprint());
    }

    /** Findings not in the baseline. */
    public List<Finding> newFindings(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Writes the fingerprints of {@code findings}, sorted, one per line. */
    public static void write(List<Finding> findings, OutputStream out) throws IOException {
        Set<String> prints = new TreeSet<>();
        for (Finding f : findings) {
            prints.add(f.fingerprint());
        }
        StringBuilder sb = new StringBuilder("# typeheat baseline: known findings (rule:type-shape hash), one per line\n");
        for (String p : prints) {
            sb.append(p).append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
