package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.cargo.Measurement;
import dev.typeheat.cargo.PatchFile;
import dev.typeheat.cargo.Preflight;
import dev.typeheat.cargo.Verification;
import dev.typeheat.cargo.VerifyRequest;
import dev.typeheat.report.FixOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cargo typeheat verify}: the rebuild before and after edits (typeheat's plan or a patch), timed in copies of the workspace. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        customSynopsis = "cargo typeheat verify [--patch FILE] [--rounds N] [--keep-copies] [OPTIONS]   (options: cargo typeheat --help)",
        description = {"Time the crate's rebuild as it is and with the edits applied: two copies of the workspace in "
                + "a temporary folder (your tree and target dir are not touched), dependencies built once in each, "
                + "then rounds of cargo clean -p CRATE and cargo build in each copy, interleaved. Prints the medians "
                + "and the seconds saved.",
                "Without --patch the edits are typeheat's suggested boxes: the crate is measured first (as cargo "
                + "typeheat fix does) and the diff fix would print is written to <target-dir>/typeheat/" + CargoVerifyCommand.PLAN_DIFF
                + " and applied to the copy."})
public final class CargoVerifyCommand implements Callable<Integer> {
    static final String PLAN_DIFF = "boxes.diff";

    @ParentCommand
    CargoCommand parent;

    @Option(names = "--patch", paramLabel = "FILE",
            description = "The edits: a unified diff with paths from the crate's directory (git diff there, patch -p1), "
                    + "applied with git apply. Default: typeheat's own plan.")
    Path patch;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Interleaved rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--keep-copies", description = "Leave the copies and their target dirs in the temporary folder.")
    boolean keepCopies;

    @Override
    public Integer call() throws IOException {
        parent.noRustcOptions("verify times plain builds");
        Preflight.readable("--patch", patch);
        if (patch != null) {
            List<String> unused = new ArrayList<>(parent.measure.measuringOnly());
            unused.addAll(parent.thresholds.given());
            Preflight.none(String.join(", ", unused), unused, "verify --patch measures and plans nothing (it times your edits)");
        }
        AnalysisOptions options = patch == null ? parent.analysisOptions() : null;
        VerifyRequest request = new VerifyRequest(Path.of("").toAbsolutePath(), parent.cargo.args(), parent.toolchain(),
                rounds, keepCopies);
        Verification verification = new Verification(request, System.getenv(), System.err);
        if (patch != null) {
            return verification.run(new PatchFile(patch), patch.getFileName().toString()).exitCode();
        }
        Measurement m = parent.measure(List.of(PLAN_DIFF));
        if (!m.succeeded()) {
            return m.exitCode();
        }
        Analysis analysis = CargoCommand.analyzeMeasured(options, m);
        String cannot = FixOutput.cannotEdit(analysis.plan());
        if (cannot != null) {
            throw new UsageException(cannot);
        }
        Path diff = m.claim(PLAN_DIFF);
        int boxes = FixOutput.diffTo(analysis.plan(), diff, System.err);
        m.settle(System.err);
        if (boxes == 0) {
            System.err.println("typeheat: nothing to time: the plan changes no source");
            return ExitCode.OK;
        }
        String what = "the " + boxes + " suggested box" + (boxes == 1 ? "" : "es");
        System.err.println("typeheat: " + what + " as a diff: " + diff + " (git apply in the crate's directory takes it)");
        return verification.run(new PatchFile(diff), what).exitCode();
    }
}
