package dev.typeheat.cargo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code cargo typeheat verify}: times the crate's release (or whatever profile) rebuild as it is and with
 * edits applied, in two copies of the workspace in a temporary folder, in interleaved rounds; the user's tree
 * and target directory are not touched. cargo runs from the user's directory, so their cargo config applies.
 */
public final class Verification {
    /** What the timing found: cargo's exit code, and the times when it ran. */
    public record Result(int exitCode, RebuildTimes times) {
    }

    private final VerifyRequest request;
    private final Processes processes;
    private final PrintStream err;

    public Verification(VerifyRequest request, Map<String, String> env, PrintStream err) {
        this.request = request;
        this.processes = new Processes(env, request.cwd(), err);
        this.err = err;
    }

    /**
     * Copies, edits one copy with {@code edits}, times both.
     *
     * @param editsName what the edits are, for messages ({@code patch.diff}, {@code typeheat's plan})
     */
    public Result run(SourceEdits edits, String editsName) throws IOException {
        CargoArgs args = request.cargo().resolvedAgainst(request.cwd());
        args.check();
        request.toolchain().check(processes);
        List<String> cargo = request.toolchain().cargo(processes.envMap());
        Path manifestPath = args.manifestPath() != null ? args.manifestPath() : CrateManifest.find(request.cwd());
        if (manifestPath == null) {
            throw new CargoRequestException("no Cargo.toml in " + request.cwd() + " or above: run cargo typeheat in a "
                    + "crate's directory or give --manifest-path");
        }
        Path temp = Files.createTempDirectory("typeheat-verify-");
        try {
            CargoMetadata metadata = CargoMetadata.of(processes, cargo, args, err);
            CrateManifest measured = metadata.packageToMeasure(CrateManifest.read(manifestPath), args.packageName());
            String crate = measured.packageName();
            err.println("typeheat: copying the workspace " + metadata.workspaceRoot() + " twice into " + temp
                    + " (without build output); your tree stays as it is");
            WorkspaceCopy before = WorkspaceCopy.create(temp.resolve("before"), metadata.workspaceRoot(), metadata.pathDependencies());
            WorkspaceCopy after = WorkspaceCopy.create(temp.resolve("after"), metadata.workspaceRoot(), metadata.pathDependencies());
            edits.applyTo(after.map(measured.path().toAbsolutePath().getParent()));
            err.println("typeheat: applied " + editsName + " to the after copy");

            RebuildRounds rounds = new RebuildRounds(processes, cargo, crate, temp, err);
            RebuildRounds.Variant b = new RebuildRounds.Variant("before",
                    args.elsewhere(before.map(manifestPath), temp.resolve("before-target")));
            RebuildRounds.Variant a = new RebuildRounds.Variant("after",
                    args.elsewhere(after.map(manifestPath), temp.resolve("after-target")));
            rounds.prepare(b);
            rounds.prepare(a);
            err.println("typeheat: timing " + request.rounds() + " interleaved round(s) of cargo clean -p " + crate
                    + " and cargo build (" + args.profileName() + " profile) in each copy");
            RebuildTimes times = rounds.run(b, a, request.rounds());
            err.println("typeheat: rebuild of " + crate + " with " + editsName + ": " + times.describe());
            return new Result(0, times);
        } catch (CargoFailed e) {
            return new Result(e.exitCode(), null);
        } finally {
            if (request.keepCopies()) {
                err.println("typeheat: the copies stay in " + temp + " (--keep-copies)");
            } else {
                WorkspaceCopy.delete(temp);
            }
        }
    }
}
