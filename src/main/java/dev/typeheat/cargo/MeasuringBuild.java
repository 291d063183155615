package dev.typeheat.cargo;

import dev.typeheat.input.Format;
import dev.typeheat.input.Formats;
import dev.typeheat.input.InputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one crate with rustc's measurements on and collects what rustc wrote into typeheat's folder.
 *
 * <p>Only the measured crate gets the measuring options ({@code cargo rustc} passes them to it alone), and only
 * it may use unstable ones: {@code RUSTC_BOOTSTRAP} lists its crate names, so dependencies and their build
 * scripts see the toolchain as it is. {@code cargo clean -p} first, so rustc really rebuilds it.
 */
public final class MeasuringBuild {
    static final String STDERR = "cargo-stderr.txt";
    static final String TYPE_SIZES = "type-sizes.txt";
    private static final Pattern LONG_TYPE_FILE = Pattern.compile("'([^'\\n]+\\.long-type-\\d+\\.txt)'");
    private static final Pattern COMPILING = Pattern.compile("(?m)^\\s+Compiling ");

    private final MeasureRequest request;
    private final Processes processes;
    private final PrintStream err;
    private final long start = System.nanoTime();

    public MeasuringBuild(MeasureRequest request, Map<String, String> env, PrintStream err) {
        this.request = request;
        this.processes = new Processes(env, request.cwd(), err);
        this.err = err;
    }

    /**
     * Checks the request, builds, and collects.
     *
     * @throws CargoRequestException when the request cannot work (before cargo starts)
     * @throws InputException        when Cargo.toml or typeheat's folder cannot be used
     */
    public Measurement run() throws IOException {
        CargoArgs args = request.cargo().resolvedAgainst(request.cwd());
        args.check();
        request.toolchain().check(processes);
        List<String> cargo = request.toolchain().cargo(processes.envMap());
        try {
            return measure(args, cargo);
        } catch (CargoFailed e) {
            return Measurement.failed(e.exitCode(), start);
        }
    }

    private Measurement measure(CargoArgs args, List<String> cargo) throws IOException {
        Path manifestPath = args.manifestPath() != null ? args.manifestPath() : CrateManifest.find(request.cwd());
        if (manifestPath == null) {
            throw new CargoRequestException("no Cargo.toml in " + request.cwd() + " or above: run cargo typeheat in a "
                    + "crate's directory or give --manifest-path");
        }
        CrateManifest manifest = CrateManifest.read(manifestPath);
        CargoMetadata metadata = CargoMetadata.of(processes, cargo, args, err);
        manifest = metadata.packageToMeasure(manifest, args.packageName());
        String crate = manifest.packageName();
        metadata.checkOneCrate(crate, args.target());
        Path targetDir = args.targetDir() != null ? args.targetDir() : metadata.targetDirectory();
        Path out = targetDir.resolve("typeheat");
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CargoRequestException(out + " is a file: typeheat needs that name for its folder");
        }
        String irName = crate.replace('-', '_') + ".ll";
        if (Files.isDirectory(out)) {
            OutputFolder existing = OutputFolder.open(out);
            for (String name : fixedNames(irName)) {
                existing.check(name);
            }
        }

        Set<String> crateNames = new LinkedHashSet<>(manifest.crateNames(args.target()));
        crateNames.addAll(metadata.crateNames(crate));
        Map<String, String> env = bootstrapEnv(crateNames);
        forceRebuild(cargo, args, crate, targetDir);
        OutputFolder folder = OutputFolder.open(out); // after cargo clean: cargo creates and tags a new target dir itself
        folder.removePrevious(Set.of(PlainRebuild.FILE));
        Set<String> before = folder.listing();

        List<String> build = new ArrayList<>(cargo);
        build.add("rustc");
        build.addAll(args.forBuild());
        build.add("--");
        build.addAll(measuringOptions(args, folder, irName));
        build.addAll(request.rustcArgs());
        Path stderr = folder.claim(STDERR);
        Path typeSizes = folder.claim(TYPE_SIZES);
        folder.claim(irName);
        long buildStart = System.nanoTime();
        int code = processes.run(build, env, true, typeSizes, stderr);
        long buildNanos = System.nanoTime() - buildStart;
        List<Path> written = adoptNew(folder, before);
        String diagnostics = Files.readString(stderr, StandardCharsets.UTF_8);
        written.addAll(copyLongTypeFiles(folder, diagnostics));
        if (code != 0) {
            hintAtOldDependencies(diagnostics);
            return Measurement.failed(code, start);
        }
        int dependencies = Math.max(0, count(COMPILING, diagnostics) - 1);

        List<Path> inputs = new ArrayList<>(written);
        inputs.add(folder.dir().resolve(irName));
        inputs.add(typeSizes);
        inputs.add(stderr);
        inputs.removeIf(f -> !Files.isRegularFile(f) || !Formats.recognize(f).map(Format::isRead).orElse(false));
        List<Path> profiles = written.stream().filter(f -> f.getFileName().toString().endsWith(".mm_profdata")).toList();

        String signature = request.toolchain().describe() + " " + String.join(" ", args.forBuild());
        PlainRebuild plain = PlainRebuild.read(folder.dir().resolve(PlainRebuild.FILE), signature);
        if (request.timePlain()) {
            plain = timePlainRebuild(cargo, args, crate, targetDir, folder, signature);
        }
        if (profiles.isEmpty()) {
            err.println("typeheat: rustc wrote no self-profile into " + folder.dir() + ": the crate was not rebuilt "
                    + "(is " + targetDir + " cargo's?), so there are no query times this run");
        }
        java.util.Set<String> features = new java.util.LinkedHashSet<>();
        for (String f : args.features()) {
            for (String one : f.split("[ ,]+")) {
                if (!one.isEmpty() && !one.contains("/")) {
                    features.add(one);
                }
            }
        }
        Measurement m = new Measurement(0, folder, crate, inputs, profiles, buildNanos, dependencies, plain,
                request.keepProfile(), start, manifest.path().toAbsolutePath().getParent(), features);
        err.println(m.buildCost());
        return m;
    }

    private List<String> fixedNames(String irName) {
        List<String> names = new ArrayList<>(List.of(STDERR, TYPE_SIZES, irName, PlainRebuild.FILE));
        names.addAll(request.reportFiles());
        return names;
    }

    /**
     * {@code cargo clean -p} so that rustc compiles the crate again. A target directory that exists without
     * cargo's {@code CACHEDIR.TAG} is not cargo's (nothing to clean there); a missing one cargo creates and tags.
     */
    private void forceRebuild(List<String> cargo, CargoArgs args, String crate, Path targetDir) {
        if (Files.isDirectory(targetDir) && !Files.exists(targetDir.resolve("CACHEDIR.TAG"))) {
            err.println("typeheat: " + targetDir + " has no CACHEDIR.TAG (cargo has not built there): nothing to clean");
            return;
        }
        err.println("typeheat: cargo clean -p " + crate + " (" + args.profileName()
                + " profile) so rustc rebuilds it and the profile is not empty");
        List<String> clean = new ArrayList<>(cargo);
        clean.add("clean");
        clean.addAll(args.forClean(crate));
        int code = processes.run(clean, Map.of(), true, null, null);
        if (code != 0) {
            throw new CargoFailed(code);
        }
    }

    /** Unstable options for the measured crate only; a RUSTC_BOOTSTRAP of the user's own is left as it is. */
    private Map<String, String> bootstrapEnv(Set<String> crateNames) {
        String own = processes.env("RUSTC_BOOTSTRAP");
        if (own != null) {
            err.println("typeheat: measuring with " + request.toolchain().describe() + "; RUSTC_BOOTSTRAP=" + own
                    + " is yours and stays as it is");
            return Map.of();
        }
        String names = String.join(",", crateNames);
        err.println("typeheat: measuring with " + request.toolchain().describe() + "; unstable -Z options for "
                + names + " only (RUSTC_BOOTSTRAP=" + names + ": dependencies and build scripts see the toolchain as it is)");
        return Map.of("RUSTC_BOOTSTRAP", names);
    }

    private List<String> measuringOptions(CargoArgs args, OutputFolder folder, String irName) {
        String dir = folder.dir().toString();
        List<String> out = new ArrayList<>(List.of(
                "-Z", "self-profile=" + dir,
                "-Z", "self-profile-events=" + (request.quick() ? "default" : "default,args"),
                "--emit=llvm-ir=" + folder.dir().resolve(irName),
                "-Z", "print-type-sizes",
                // v0 symbols carry every generic argument and name closures {closure#N}
                "-C", "symbol-mangling-version=v0"));
        if (request.monoStats()) {
            out.addAll(List.of("-Z", "dump-mono-stats=" + dir, "-Z", "dump-mono-stats-format=json"));
        }
        if (args.release()) {
            // Release builds have no debug info, which is what places the closures a profile names by path.
            // Line tables add no lines to function bodies, so IR line counts stay those of a plain release build.
            out.addAll(List.of("-C", "debuginfo=line-tables-only"));
        }
        return out;
    }

    /** Files rustc wrote into the folder itself (the self-profile, mono stats) become typeheat's. */
    private static List<Path> adoptNew(OutputFolder folder, Set<String> before) {
        List<Path> out = new ArrayList<>();
        for (String name : folder.listing()) {
            if (!before.contains(name) && !name.startsWith(OutputFolder.LEDGER)) {
                Path f = folder.dir().resolve(name);
                folder.adopt(f);
                out.add(f);
            }
        }
        return out;
    }

    /** rustc writes full types it shortened in messages beside its outputs and names the file: keep a copy. */
    private static List<Path> copyLongTypeFiles(OutputFolder folder, String diagnostics) throws IOException {
        Set<Path> named = new LinkedHashSet<>();
        Matcher m = LONG_TYPE_FILE.matcher(diagnostics);
        while (m.find()) {
            named.add(Path.of(m.group(1)));
        }
        List<Path> out = new ArrayList<>();
        for (Path f : named) {
            if (Files.isRegularFile(f) && !f.getParent().equals(folder.dir())) {
                Path copy = folder.claim(f.getFileName().toString());
                Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
                out.add(copy);
            }
        }
        return out;
    }

    private void hintAtOldDependencies(String diagnostics) {
        if (diagnostics.contains("error[E0635]")) {
            err.println("typeheat: a crate uses an unstable feature this compiler no longer has (E0635): it is older "
                    + "than this nightly. " + (request.toolchain().isUsersOwn()
                    ? "Measure with a stable toolchain (--toolchain stable) or update that dependency."
                    : "Without --toolchain typeheat measures with your own toolchain."));
        }
    }

    private PlainRebuild timePlainRebuild(List<String> cargo, CargoArgs args, String crate, Path targetDir,
                                          OutputFolder folder, String signature) throws IOException {
        err.println("typeheat: --time-plain: a plain rebuild of " + crate + " to compare with");
        forceRebuild(cargo, args, crate, targetDir);
        List<String> build = new ArrayList<>(cargo);
        build.add("rustc");
        build.addAll(args.forBuild());
        long t0 = System.nanoTime();
        int code = processes.run(build, Map.of(), true, null, null);
        if (code != 0) {
            throw new CargoFailed(code);
        }
        PlainRebuild plain = new PlainRebuild(signature, System.nanoTime() - t0, Instant.now());
        plain.write(folder.claim(PlainRebuild.FILE));
        return plain;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
