package dev.typeheat.cargo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cargo options of one {@code cargo typeheat} run, typed, and how each cargo command that typeheat runs
 * receives them ({@code cargo rustc}, {@code cargo build}, {@code cargo clean}, {@code cargo metadata} accept
 * different subsets).
 *
 * @param target       which crate of the package: {@code --bin}, {@code --lib}, {@code --example}, ...
 * @param features     {@code --features}, each occurrence as given
 * @param profile      {@code --profile NAME}, or null
 * @param triple       {@code --target TRIPLE}, or null
 * @param targetDir    {@code --target-dir}, or null for cargo's own choice
 * @param manifestPath {@code --manifest-path}, or null for the Cargo.toml cargo finds from the working directory
 * @param jobs         {@code -j}, or null
 * @param configs      cargo's {@code --config KEY=VALUE|PATH}, each occurrence
 * @param verbosity    {@code -v} per count above 0, {@code -q} below
 * @param color        {@code --color}, or null
 */
public record CargoArgs(String pkg, Selection target, List<String> features, boolean allFeatures,
                        boolean noDefaultFeatures, boolean release, String profile, String triple, Path targetDir,
                        Path manifestPath, Integer jobs, boolean locked, boolean offline, boolean frozen,
                        List<String> configs, int verbosity, String color) {

    /** Which of the package's crates to build (cargo's target selection). */
    public record Selection(String bin, boolean lib, String example, String test, String bench) {
        public static final Selection DEFAULT = new Selection(null, false, null, null, null);

        List<String> args() {
            List<String> out = new ArrayList<>();
            add(out, "--bin", bin);
            if (lib) {
                out.add("--lib");
            }
            add(out, "--example", example);
            add(out, "--test", test);
            add(out, "--bench", bench);
            return out;
        }
    }

    public CargoArgs {
        features = List.copyOf(features);
        configs = List.copyOf(configs);
    }

    /** The package name of {@code -p SPEC} ({@code name@version} or a bare name), or null. */
    public String packageName() {
        if (pkg == null) {
            return null;
        }
        int at = pkg.indexOf('@');
        return at >= 0 ? pkg.substring(0, at) : pkg;
    }

    /** Relative {@code --manifest-path} and {@code --target-dir} as the user meant them: from their directory. */
    public CargoArgs resolvedAgainst(Path cwd) {
        return new CargoArgs(pkg, target, features, allFeatures, noDefaultFeatures, release, profile, triple,
                targetDir == null ? null : cwd.resolve(targetDir).normalize(),
                manifestPath == null ? null : cwd.resolve(manifestPath).normalize(),
                jobs, locked, offline, frozen, configs, verbosity, color);
    }

    /**
     * Checks what cargo would only reject after typeheat started it (or, worse, after a build).
     *
     * @throws CargoRequestException naming the option
     */
    public void check() {
        if (release && profile != null) {
            throw new CargoRequestException("--release and --profile " + profile + " conflict: give one of them");
        }
        if (jobs != null && jobs == 0) {
            throw new CargoRequestException("-j 0: jobs must be at least 1 (or negative: that many fewer than the CPUs)");
        }
        if (manifestPath != null) {
            if (!manifestPath.getFileName().toString().equals("Cargo.toml")) {
                throw new CargoRequestException("--manifest-path " + manifestPath + ": must name a Cargo.toml");
            }
            if (!Files.isRegularFile(manifestPath)) {
                throw new CargoRequestException("--manifest-path " + manifestPath + ": no such file");
            }
        }
        if (targetDir != null && Files.exists(targetDir) && !Files.isDirectory(targetDir)) {
            throw new CargoRequestException("--target-dir " + targetDir + ": exists and is not a directory");
        }
        for (String f : features) {
            if (f.isBlank()) {
                throw new CargoRequestException("--features needs a feature name");
            }
        }
    }

    /** For {@code cargo rustc} and {@code cargo build}: everything. */
    public List<String> forBuild() {
        List<String> out = new ArrayList<>();
        add(out, "-p", pkg);
        out.addAll(target.args());
        for (String f : features) {
            add(out, "--features", f);
        }
        if (allFeatures) {
            out.add("--all-features");
        }
        if (noDefaultFeatures) {
            out.add("--no-default-features");
        }
        out.addAll(profileArgs());
        add(out, "--target", triple);
        add(out, "-j", jobs == null ? null : jobs.toString());
        out.addAll(common());
        return out;
    }

    /** For {@code cargo clean -p NAME}: the package, profile, target and where. */
    public List<String> forClean(String packageName) {
        List<String> out = new ArrayList<>(List.of("-p", packageName));
        out.addAll(profileArgs());
        add(out, "--target", triple);
        out.addAll(common());
        return out;
    }

    /** For {@code cargo metadata}: where the workspace is and how cargo is configured. */
    public List<String> forMetadata() {
        List<String> out = new ArrayList<>();
        add(out, "--manifest-path", manifestPath == null ? null : manifestPath.toString());
        for (String c : configs) {
            add(out, "--config", c);
        }
        if (locked) {
            out.add("--locked");
        }
        if (offline) {
            out.add("--offline");
        }
        if (frozen) {
            out.add("--frozen");
        }
        add(out, "--color", color);
        return out;
    }

    /** The same options with another manifest and target directory (a copy of the crate built elsewhere). */
    public CargoArgs elsewhere(Path manifest, Path target) {
        return new CargoArgs(pkg, this.target, features, allFeatures, noDefaultFeatures, release, profile, triple,
                target, manifest, jobs, locked, offline, frozen, configs, verbosity, color);
    }

    /** The cargo profile's name as {@code cargo clean} and the messages spell it. */
    public String profileName() {
        return profile != null ? profile : release ? "release" : "dev";
    }

    private List<String> profileArgs() {
        List<String> out = new ArrayList<>();
        if (release) {
            out.add("--release");
        }
        add(out, "--profile", profile);
        return out;
    }

    private List<String> common() {
        List<String> out = new ArrayList<>();
        add(out, "--target-dir", targetDir == null ? null : targetDir.toString());
        out.addAll(forMetadata());
        for (int i = 0; i < verbosity; i++) {
            out.add("-v");
        }
        if (verbosity < 0) {
            out.add("-q");
        }
        return out;
    }

    private static void add(List<String> out, String option, String value) {
        if (value != null) {
            out.add(option);
            out.add(value);
        }
    }
}
