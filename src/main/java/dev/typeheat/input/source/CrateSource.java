package dev.typeheat.input.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What typeheat read of a crate's source: its files, its fns, and the items it could not read.
 *
 * @param root     the crate root (the folder of Cargo.toml), as given
 * @param name     the crate's name as rustc knows it ({@code blog_server}); the package name with {@code _}
 * @param files    every {@code .rs} file read, by path relative to the root
 * @param fns      every fn with a body or a declaration, in file order
 * @param uses     the names {@code use} items bring into each module
 * @param skipped  items the grammar did not understand, as {@code file:line:col: near 'token'}
 * @param dependencies the crate's dependencies by name, with the version asked for ({@code futures -> 0.1})
 */
public record CrateSource(java.nio.file.Path root, String name, List<SourceFile> files, List<SourceFn> fns,
                          List<UseDecl> uses, List<String> skipped, Map<String, String> dependencies) {

    /** No source: the advice falls back to what the types alone say. */
    public static CrateSource none() {
        return new CrateSource(null, "", List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** True when the crate asks for version 0.1 of {@code dependency} (futures 0.1 has other remedies). */
    public boolean dependsOnVersion(String dependency, String versionPrefix) {
        String v = dependencies.get(dependency);
        return v != null && v.replaceAll("^[=^~ ]+", "").startsWith(versionPrefix);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The file with this path (as rustc prints it, relative to the crate root), or null. */
    public SourceFile file(String path) {
        String p = path.startsWith("./") ? path.substring(2) : path;
        for (SourceFile f : files) {
            if (f.path().equals(p)) {
                return f;
            }
        }
        return null;
    }

    /** Fns by name (several fns may share one). */
    public Map<String, List<SourceFn>> fnsByName() {
        Map<String, List<SourceFn>> out = new HashMap<>();
        for (SourceFn f : fns) {
            out.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
