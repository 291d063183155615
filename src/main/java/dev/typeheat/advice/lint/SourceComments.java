package dev.typeheat.advice.lint;

import dev.typeheat.advice.checks.Rules;
import dev.typeheat.advice.config.DidYouMean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code // typeheat: allow(long-chain, deep-type)} comments in the crate's source: on the line of a
 * finding or in the run of comment lines directly above it. Files are read from the source root (the
 * directory rustc's relative paths start from), each at most once.
 */
public final class SourceComments {
    private static final Pattern ALLOW = Pattern.compile("//.*?typeheat:\\s*allow\\(([^)]*)\\)");
    private static final long MAX_SOURCE_BYTES = 16 << 20;

    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> warned = new java.util.HashSet<>();

    /** @param root the source root, or null when the source is not available */
    public SourceComments(Path root) {
        this.root = root;
    }

    /** The rule ids allowed at {@code file:line} by comments. */
    public Set<String> allowedAt(String file, int line) {
        List<String> lines = lines(file);
        Set<String> out = new LinkedHashSet<>();
        if (line < 1 || line > lines.size()) {
            return out;
        }
        collect(file, line, lines.get(line - 1), out);
        for (int n = line - 1; n >= 1; n--) {
            String text = lines.get(n - 1).strip();
            if (!text.startsWith("//")) {
                break;
            }
            collect(file, n, text, out);
        }
        return out;
    }

    /** Misspelt rule ids seen in comments, as {@code file:line:col: ...} lines. */
    public List<String> warnings() {
        return warnings;
    }

    private void collect(String file, int line, String text, Set<String> out) {
        Matcher m = ALLOW.matcher(text);
        while (m.find()) {
            for (String id : m.group(1).split(",")) {
                String rule = id.strip();
                if (rule.isEmpty()) {
                    continue;
                }
                if (Rules.byId(rule).isPresent()) {
                    out.add(rule);
                } else if (warned.add(file + ":" + line + ":" + rule)) {
                    warnings.add(file + ":" + line + ":" + (m.start(1) + 1) + ": unknown rule " + rule
                            + " in typeheat: allow(..)" + DidYouMean.hint(rule, Rules.ids()));
                }
            }
        }
    }

    private List<String> lines(String file) {
        if (root == null) {
            return List.of();
        }
        return files.computeIfAbsent(file, f -> {
            Path p = root.resolve(f).normalize();
            try {
                if (!p.startsWith(root.normalize()) || !Files.isRegularFile(p) || Files.size(p) > MAX_SOURCE_BYTES) {
                    return List.of();
                }
                return Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                return List.of(); // not UTF-8 or unreadable: no comments to honour
            }
        });
    }
}
