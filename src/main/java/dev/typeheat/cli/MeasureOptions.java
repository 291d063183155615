package dev.typeheat.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** How {@code cargo typeheat} measures, and typeheat's own settings there (cargo has --config). */
public final class MeasureOptions {
    @Option(names = "--toolchain", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Measure with this rustup toolchain (e.g. nightly) instead of your own: by default typeheat uses the cargo that runs it ($CARGO), i.e. the toolchain cargo picks in this directory, and lets only the measured crate use -Z options (RUSTC_BOOTSTRAP=<its crate names>).")
    String toolchain;

    @Option(names = "--quick", scope = ScopeType.INHERIT,
            description = "Profile without query arguments (-Z self-profile-events=default): a cheaper build and a far smaller profile for a quick look, but the profile no longer says which types the time went to (no slow-obligation findings, no obligation time per type); IR and type sizes still do.")
    boolean quick;

    @Option(names = "--keep-profile", scope = ScopeType.INHERIT,
            description = "Keep the raw self-profile (by default it is compressed to .zst once read: GBs become MBs).")
    boolean keepProfile;

    @Option(names = "--time-plain", scope = ScopeType.INHERIT,
            description = "Also time a plain rebuild of the crate (no measurement) and say what measuring cost against it; the time is kept in typeheat's folder for later runs.")
    boolean timePlain;

    @Option(names = "--mono-stats", scope = ScopeType.INHERIT, description = "Also record rustc's -Z dump-mono-stats.")
    boolean monoStats;

    @Option(names = "--typeheat-config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "typeheat's typeheat.toml (default: ./typeheat.toml if present, else the measured crate's); --config is cargo's here.")
    Path typeheatConfig;

    /** The options given that only a measuring build uses (all but --toolchain), as typed. */
    java.util.List<String> measuringOnly() {
        java.util.List<String> given = new java.util.ArrayList<>();
        if (quick) {
            given.add("--quick");
        }
        if (keepProfile) {
            given.add("--keep-profile");
        }
        if (timePlain) {
            given.add("--time-plain");
        }
        if (monoStats) {
            given.add("--mono-stats");
        }
        if (typeheatConfig != null) {
            given.add("--typeheat-config");
        }
        return given;
    }
}
