package dev.typeheat.advice.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Set;

/**
 * An {@code [[allow]]} table of typeheat.toml: findings in these files are accepted.
 *
 * @param path   a file ({@code src/routes.rs}), a folder ({@code src/legacy/}) or a glob ({@code src/**}/gen_*.rs}),
 *               relative to the source root, as rustc prints paths
 * @param rules  rule ids it allows; empty = every rule
 * @param reason why (shown nowhere but kept for people reading the file)
 * @param line   where the table starts in typeheat.toml
 */
public record Allow(String path, Set<String> rules, String reason, int line) {
    public boolean allows(String file, String ruleId) {
        return (rules.isEmpty() || rules.contains(ruleId)) && covers(file);
    }

    /** Whether {@code file} (a path as rustc printed it, relative to the source root) is under {@link #path}. */
    public boolean covers(String file) {
        String f = file.replace('\\', '/');
        String p = path.replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (f.startsWith("./")) {
            f = f.substring(2);
        }
        if (f.equals(p) || (p.endsWith("/") ? f.startsWith(p) : f.startsWith(p + "/"))) {
            return true;
        }
        if (p.indexOf('*') < 0 && p.indexOf('?') < 0 && p.indexOf('{') < 0 && p.indexOf('[') < 0) {
            return false;
        }
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + p);
        return glob.matches(Path.of(f));
    }
}
