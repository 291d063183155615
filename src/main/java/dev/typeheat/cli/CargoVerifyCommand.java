package dev.typeheat.cli;

import dev.typeheat.cargo.PatchFile;
import dev.typeheat.cargo.Preflight;
import dev.typeheat.cargo.Toolchain;
import dev.typeheat.cargo.Verification;
import dev.typeheat.cargo.VerifyRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cargo typeheat verify}: the rebuild before and after edits, timed in copies of the workspace. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        customSynopsis = "cargo typeheat verify --patch FILE [--rounds N] [--keep-copies] [OPTIONS]   (options: cargo typeheat --help)",
        description = {"Time the crate's rebuild as it is and with the edits applied: two copies of the workspace in "
                + "a temporary folder (your tree and target dir are not touched), dependencies built once in each, "
                + "then rounds of cargo clean -p CRATE and cargo build in each copy, interleaved. Prints the medians "
                + "and the seconds saved."})
public final class CargoVerifyCommand implements Callable<Integer> {
    @ParentCommand
    CargoCommand parent;

    @Option(names = "--patch", paramLabel = "FILE", required = true,
            description = "The edits: a unified diff with paths from the crate's directory (git diff there, patch -p1), applied with git apply.")
    Path patch;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Interleaved rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--keep-copies", description = "Leave the copies and their target dirs in the temporary folder.")
    boolean keepCopies;

    @Override
    public Integer call() throws IOException {
        parent.noRustcOptions("verify times plain builds");
        Preflight.readable("--patch", patch);
        Toolchain toolchain = parent.toolchain();
        VerifyRequest request = new VerifyRequest(Path.of("").toAbsolutePath(), parent.cargo.args(), toolchain, rounds, keepCopies);
        Verification.Result result = new Verification(request, System.getenv(), System.err)
                .run(new PatchFile(patch), patch.getFileName().toString());
        return result.exitCode();
    }
}
