package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.cargo.CrateManifest;
import dev.typeheat.cargo.MeasureRequest;
import dev.typeheat.cargo.Measurement;
import dev.typeheat.cargo.MeasuringBuild;
import dev.typeheat.cargo.Preflight;
import dev.typeheat.cargo.Toolchain;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code typeheat cargo [report|suggest|lint|fix|verify] [OPTIONS] [-- RUSTC OPTIONS]}, installed as {@code cargo typeheat}:
 * builds the crate with rustc's measurements on, into {@code <target-dir>/typeheat/}, and analyses it.
 * Without a sub-command it reports.
 */
@Command(name = "cargo", mixinStandardHelpOptions = true,
        customSynopsis = {"cargo typeheat [report|suggest|lint|fix|verify] [OPTIONS] [-- RUSTC_OPTION...]",
                "   or: typeheat cargo [report|suggest|lint|fix|verify] [OPTIONS] [-- RUSTC_OPTION...]"},
        subcommands = {CargoReportCommand.class, CargoSuggestCommand.class, CargoLintCommand.class, CargoFixCommand.class, CargoVerifyCommand.class},
        description = {"Build a Rust crate with rustc's measurements on and analyse it (cargo typeheat). "
                + "Runs cargo in the current directory with your toolchain; only the measured crate gets the "
                + "measuring options (self-profile, LLVM IR, type sizes, v0 symbols) and may use -Z options. "
                + "Without a sub-command: report (HTML page, top findings and suggestions)."},
        footer = {"%ncargo's options mean what they mean to cargo, --config included; typeheat's own config file "
                + "is --typeheat-config FILE. rustc options for the measured crate go after --.",
                "%nWhat measuring costs: the build is slower (recording every query's argument took a 25 s release "
                + "build of a warp server to 98 s; --quick records less), and the profile can take GBs until it "
                + "has been read and compressed (--keep-profile keeps it raw)."})
public final class CargoCommand implements Callable<Integer> {
    static final String SUB_COMMANDS = "report, suggest, lint, fix, verify";

    @ArgGroup(validate = false, order = 1, heading = "%ncargo's options (passed to cargo as they are):%n")
    CargoOptions cargo = new CargoOptions();

    @ArgGroup(validate = false, order = 2, heading = "%nHow typeheat measures:%n")
    MeasureOptions measure = new MeasureOptions();

    /** The --max-* options, added with the rest of the thresholds by {@link ThresholdOptions#install}. */
    ThresholdOptions thresholds = new ThresholdOptions();

    @Mixin
    ReportOutputOptions report;

    @Parameters(paramLabel = "RUSTC_OPTION", arity = "0..*", scope = ScopeType.INHERIT,
            description = "After --: rustc options for the measured crate (e.g. -- -C debuginfo=0).")
    List<String> rustcArgs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return CargoReportCommand.run(this, report);
    }

    /** The analysis settings: thresholds and typeheat's config file, read now so a bad file stops us before the build. */
    AnalysisOptions analysisOptions() {
        Path cwd = Path.of("").toAbsolutePath();
        Path manifest = cargo.args().resolvedAgainst(cwd).manifestPath();
        manifest = manifest != null ? manifest : CrateManifest.find(cwd);
        AnalysisOptions options = AnalysisOptions.of(thresholds, measure.typeheatConfig,
                manifest == null ? null : manifest.getParent());
        Preflight.readable("--typeheat-config", measure.typeheatConfig);
        options.lintConfig();
        options.catalog();
        return options;
    }

    Toolchain toolchain() {
        return measure.toolchain == null ? Toolchain.usersOwn() : Toolchain.named(measure.toolchain);
    }

    /** For sub-commands that run no measuring build: rustc options would be silently ignored. */
    void noRustcOptions(String why) {
        Preflight.onlyAfterDoubleDash(spec.commandLine().getParseResult().originalArgs(), rustcArgs, SUB_COMMANDS);
        Preflight.none("rustc options after --", rustcArgs, why);
    }

    /** Where cargo's relative paths start from, or a directory above it (its workspace's root). */
    Path crateDir() {
        return cargo.manifestPath != null ? cargo.manifestPath.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
    }

    /** Checks every option, then builds with measurement on. */
    /** What {@code m} measured, analysed with the crate's source and features; its inputs summarised on stderr. */
    static Analysis analyzeMeasured(AnalysisOptions options, Measurement m) {
        Analysis analysis = options.analyzer(m.crateRoot(), m.features()).analyze(m.inputs());
        Summaries.printTo(System.err, analysis);
        return analysis;
    }

    Measurement measure(List<String> reportFiles) throws IOException {
        Preflight.onlyAfterDoubleDash(spec.commandLine().getParseResult().originalArgs(), rustcArgs, SUB_COMMANDS);
        MeasureRequest request = new MeasureRequest(Path.of("").toAbsolutePath(), cargo.args(), toolchain(),
                measure.quick, measure.monoStats, measure.keepProfile, measure.timePlain, rustcArgs, reportFiles);
        return new MeasuringBuild(request, System.getenv(), System.err).run();
    }
}
