package dev.typeheat.cli;

import dev.typeheat.cargo.CargoArgs;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * cargo's own options, as {@code cargo rustc} spells them, for {@code cargo typeheat}. Inherited: they may
 * come before or after the sub-command.
 */
public final class CargoOptions {
    /** cargo's --color values. */
    enum Color { auto, always, never }

    @Option(names = {"-p", "--package"}, paramLabel = "SPEC", scope = ScopeType.INHERIT, description = "Package to measure (cargo's -p).")
    String pkg;

    @Option(names = "--release", scope = ScopeType.INHERIT, description = "Build with the release profile.")
    boolean release;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT, description = "Build with the given cargo profile.")
    String profile;

    @Option(names = {"-F", "--features"}, paramLabel = "FEATURES", scope = ScopeType.INHERIT,
            description = "Features to activate (space or comma separated; repeatable).")
    List<String> features = new ArrayList<>();

    @Option(names = "--all-features", scope = ScopeType.INHERIT, description = "Activate all features.")
    boolean allFeatures;

    @Option(names = "--no-default-features", scope = ScopeType.INHERIT, description = "Do not activate the default feature.")
    boolean noDefaultFeatures;

    @Option(names = "--bin", paramLabel = "NAME", scope = ScopeType.INHERIT, description = "Measure this binary.")
    String bin;

    @Option(names = "--lib", scope = ScopeType.INHERIT, description = "Measure the library.")
    boolean lib;

    @Option(names = "--example", paramLabel = "NAME", scope = ScopeType.INHERIT, description = "Measure this example.")
    String example;

    @Option(names = "--test", paramLabel = "NAME", scope = ScopeType.INHERIT, description = "Measure this test target.")
    String test;

    @Option(names = "--bench", paramLabel = "NAME", scope = ScopeType.INHERIT, description = "Measure this bench target.")
    String bench;

    @Option(names = "--target", paramLabel = "TRIPLE", scope = ScopeType.INHERIT, description = "Build for the target triple.")
    String triple;

    @Option(names = "--target-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "cargo's output directory (relative: from the current directory); typeheat writes into DIR/typeheat/.")
    Path targetDir;

    @Option(names = "--manifest-path", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Path to Cargo.toml (relative: from the current directory).")
    Path manifestPath;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", scope = ScopeType.INHERIT, description = "Parallel jobs (cargo's -j).")
    Integer jobs;

    @Option(names = "--locked", scope = ScopeType.INHERIT, description = "Require Cargo.lock to be up to date.")
    boolean locked;

    @Option(names = "--offline", scope = ScopeType.INHERIT, description = "Run without accessing the network.")
    boolean offline;

    @Option(names = "--frozen", scope = ScopeType.INHERIT, description = "Both --locked and --offline.")
    boolean frozen;

    @Option(names = "--config", paramLabel = "KEY=VALUE|PATH", scope = ScopeType.INHERIT,
            description = "cargo's --config, passed to cargo (repeatable). typeheat's own file is --typeheat-config.")
    List<String> configs = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "cargo's -v (repeatable).")
    boolean[] verbose = new boolean[0];

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "cargo's -q.")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, description = "cargo's --color: auto, always or never.")
    Color color;

    CargoArgs args() {
        return new CargoArgs(pkg, new CargoArgs.Selection(bin, lib, example, test, bench), features, allFeatures,
                noDefaultFeatures, release, profile, triple, targetDir, manifestPath, jobs, locked, offline, frozen,
                configs, quiet ? -1 : verbose.length, color == null ? null : color.name());
    }
}
