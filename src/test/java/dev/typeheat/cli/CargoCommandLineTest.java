package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.RustTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cargo typeheat}'s command line, without building anything: the picocli model, {@code --help}
 * everywhere, and every value checked before cargo starts.
 */
class CargoCommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void theWholeCommandModelBuildsAndEveryCommandHasHelp() {
        CommandLine root = new CommandLine(new Main()); // picocli validates the model: duplicate names, bad annotations
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        assertTrue(all.size() >= 15, "commands: " + all.size());
        for (CommandLine c : all) {
            StringWriter usage = new StringWriter();
            c.usage(new PrintWriter(usage));
            assertTrue(usage.toString().contains("Usage:"), c.getCommandSpec().qualifiedName());
            assertTrue(c.getCommandSpec().optionsMap().containsKey("--help"), c.getCommandSpec().qualifiedName() + " has no --help");
        }
    }

    private static void collect(CommandLine c, List<CommandLine> out) {
        out.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, out));
    }

    @Test
    void helpWorksAsCargoTypeheatAndOnEverySubCommand() {
        CliRun.Result top = CliRun.run("cargo", "--help");
        assertEquals(0, top.code(), top.err());
        assertTrue(top.out().contains("cargo typeheat [report|suggest|lint|fix|verify]"), top.out());
        for (String documented : List.of("--typeheat-config", "--config=KEY=VALUE|PATH", "--toolchain", "--quick",
                "--keep-profile", "--manifest-path", "--target-dir", "-j, --jobs", "--all-features", "--frozen")) {
            assertTrue(top.out().contains(documented), "cargo --help does not mention " + documented);
        }
        for (String sub : List.of("report", "suggest", "lint", "fix", "verify")) {
            CliRun.Result r = CliRun.run("cargo", sub, "--help");
            assertEquals(0, r.code(), sub + ": " + r.err());
            assertTrue(r.out().contains("cargo typeheat " + sub), r.out());
        }
        CliRun.Result lint = CliRun.run("cargo", "lint", "--help");
        assertTrue(lint.out().contains("--baseline") && lint.out().contains("sarif"), lint.out());
    }

    /**
     * {@code cargo typeheat --help} as a user types it: cargo finds {@code cargo-typeheat} on PATH and runs it
     * as {@code cargo-typeheat typeheat --help}; the project's script hands that to {@code typeheat cargo}.
     * The launcher beside it runs these classes (the real one would build the jar first).
     */
    @Test
    void cargoTypeheatHelpThroughCargoAndTheInstalledScript() throws IOException, InterruptedException {
        RustTools.requireCargo();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path script = Files.copy(Path.of("cargo-typeheat"), bin.resolve("cargo-typeheat"));
        Path launcher = bin.resolve("typeheat");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
        for (Path p : List.of(script, launcher)) {
            p.toFile().setExecutable(true);
        }
        for (List<String> cmd : List.of(List.of("cargo", "typeheat", "--help"), List.of(script.toString(), "--help"),
                List.of("cargo", "typeheat", "verify", "--help"))) {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), cmd + ": " + out);
            assertTrue(out.contains("Usage: cargo typeheat " + (cmd.contains("verify") ? "verify" : "[report|suggest|lint|fix|verify]")),
                    cmd + ": " + out);
        }
    }

    @Test
    void cargoTypeheatShowsAsManySuggestionsAsTypeheatSuggest() {
        CommandLine root = new CommandLine(new Main());
        String suggest = root.getSubcommands().get("suggest").getCommandSpec().findOption("--top").defaultValue();
        CommandLine cargo = root.getSubcommands().get("cargo");
        assertEquals(suggest, cargo.getCommandSpec().findOption("--top").defaultValue(), "cargo typeheat (report)");
        assertEquals(suggest, cargo.getSubcommands().get("suggest").getCommandSpec().findOption("--top").defaultValue());
        assertEquals(suggest, cargo.getSubcommands().get("report").getCommandSpec().findOption("--top").defaultValue());
    }

    @Test
    void badValuesExitTwoBeforeAnyBuild() {
        Path target = tmp.resolve("target");
        String manifest = Path.of("corpus/crates/chains/Cargo.toml").toString();
        List<List<String>> bad = List.of(
                List.of("suggest", "--format", "nope"),
                List.of("suggest", "--top", "abc"),
                List.of("lint", "--format", "sarif2"),
                List.of("--max-chain", "many"),
                List.of("sugest"),
                List.of("--release", "--profile", "bench"),
                List.of("-j", "0"),
                List.of("--color", "sometimes"),
                List.of("lint", "--baseline", tmp.resolve("no-such.baseline").toString()),
                List.of("--typeheat-config", tmp.resolve("no-such.toml").toString()),
                List.of("report", "-o", tmp.resolve("no/such/dir/r.html").toString()));
        for (List<String> options : bad) {
            List<String> args = new ArrayList<>(List.of("cargo", "--manifest-path", manifest, "--target-dir", target.toString()));
            args.addAll(options);
            CliRun.Result r = CliRun.run(args.toArray(new String[0]));
            assertEquals(ExitCode.USAGE, r.code(), options + ": " + r.err());
            assertTrue(r.err().startsWith("typeheat: "), options + ": " + r.err());
            assertFalse(r.err().contains("Compiling") || r.err().contains("cargo clean"), options + ": " + r.err());
            assertFalse(Files.exists(target), options + " created the target directory");
        }
    }

    @Test
    void aMissingManifestIsAUsageError() {
        CliRun.Result r = CliRun.run("cargo", "--manifest-path", tmp.resolve("nowhere/Cargo.toml").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("nowhere/Cargo.toml: no such file"), r.err());
    }

    @Test
    void anUnknownToolchainIsAnErrorNotStable() {
        CliRun.Result r = CliRun.run("cargo", "--toolchain", "no-such-toolchain-42", "--manifest-path",
                Path.of("corpus/crates/chains/Cargo.toml").toString(), "--target-dir", tmp.resolve("t").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--toolchain no-such-toolchain-42"), r.err());
        if (RustTools.hasRustup()) {
            assertTrue(r.err().contains("not installed (installed: "), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    @Test
    void aCargoTomlThatIsNotUtf8IsBadInputWithItsPlace() throws IOException {
        Path crate = tmp.resolve("latin1");
        Files.createDirectories(crate);
        Files.write(crate.resolve("Cargo.toml"), "[package]\nname = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun.Result r = CliRun.run("cargo", "--manifest-path", crate.resolve("Cargo.toml").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertEquals("typeheat: " + crate.resolve("Cargo.toml") + ":2:12: not UTF-8 (byte 0xe9); cargo needs Cargo.toml in UTF-8\n",
                r.err());
    }

    @Test
    void typeheatsOwnConfigIsReadBeforeTheBuild() throws IOException {
        Path config = tmp.resolve("typeheat.toml");
        Files.writeString(config, "[lint]\nmax-depth = \n");
        CliRun.Result r = CliRun.run("cargo", "--manifest-path", Path.of("corpus/crates/chains/Cargo.toml").toString(),
                "--target-dir", tmp.resolve("t").toString(), "--typeheat-config", config.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("typeheat: " + config + ":2:"), r.err());
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    /** The crate's own typeheat.toml (its combinator families) counts under --manifest-path too, and is read first. */
    @Test
    void theMeasuredCratesOwnConfigIsReadFromElsewhereBeforeTheBuild() throws IOException {
        Path crate = RustTools.copyCrate("chains", tmp);
        Path config = crate.resolve("typeheat.toml");
        Files.writeString(config, "[[family]]\nid = \n");
        CliRun.Result r = CliRun.run("cargo", "suggest", "--manifest-path", crate.resolve("Cargo.toml").toString(),
                "--target-dir", tmp.resolve("t").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("typeheat: " + config + ":2:"), r.err());
        assertFalse(Files.exists(tmp.resolve("t")));
    }
}
