package dev.typeheat.build;

import dev.typeheat.cli.UsageException;
import dev.typeheat.input.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@code cargo rustc} for one crate with rustc's measurements on ({@code -Z self-profile} with query
 * arguments, {@code --emit=llvm-ir}, {@code -Z print-type-sizes}, optionally {@code -Z dump-mono-stats}),
 * after {@code cargo clean -p} so the crate really is rebuilt, and collects the profile, IR, type sizes,
 * long-type files and diagnostics into {@code <target-dir>/typeheat/}. Cargo's output goes to the user
 * unchanged; a failing build returns cargo's exit code.
 */
public final class CargoBuild {
    private static final Set<String> CARGO_FLAGS = Set.of("--release", "--lib", "--all-features",
            "--no-default-features", "--offline", "--frozen", "--locked", "-q", "--quiet", "-v", "--verbose");
    private static final Set<String> CARGO_VALUES = Set.of("-p", "--package", "--bin", "--example", "--test",
            "--bench", "--profile", "--features", "-F", "--target", "--target-dir", "--manifest-path", "-j",
            "--jobs", "--color", "--config");
    private static final Set<String> TYPEHEAT_VALUES = Set.of("--format", "--max-depth", "--max-nodes",
            "--max-chain", "--max-obligation-ms", "--max-ir-lines", "--config-file", "--baseline",
            "--write-baseline", "-o", "--output", "--top", "--toolchain");

    /** The command line, split into cargo's, rustc's and typeheat's parts. */
    public record Options(String mode, List<String> cargo, List<String> rustc, Map<String, String> typeheat,
                          boolean monoStats) {
        public static Options parse(List<String> args) {
            String mode = "report";
            List<String> cargo = new ArrayList<>();
            List<String> rustc = new ArrayList<>();
            Map<String, String> typeheat = new java.util.LinkedHashMap<>();
            boolean mono = false;
            int i = 0;
            if (!args.isEmpty() && args.get(0).equals("typeheat")) {
                i++; // cargo runs cargo-typeheat with its own name first
            }
            boolean modeSeen = false;
            for (; i < args.size(); i++) {
                String a = args.get(i);
                if (!modeSeen && Set.of("report", "suggest", "lint").contains(a)) {
                    mode = a;
                    modeSeen = true;
                    continue;
                }
                if (a.equals("--")) {
                    rustc.addAll(args.subList(i + 1, args.size()));
                    break;
                }
                String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
                String inline = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
                if (a.equals("--mono-stats")) {
                    mono = true;
                } else if (TYPEHEAT_VALUES.contains(name)) {
                    typeheat.put(name, inline != null ? inline : value(args, ++i, a));
                } else if (CARGO_VALUES.contains(name)) {
                    cargo.add(name);
                    cargo.add(inline != null ? inline : value(args, ++i, a));
                } else if (CARGO_FLAGS.contains(a)) {
                    cargo.add(a);
                } else {
                    throw new UsageException("cargo typeheat: unknown option " + a + " (rustc options go after --)");
                }
            }
            return new Options(mode, cargo, rustc, typeheat, mono);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new UsageException("cargo typeheat: " + option + " needs a value");
            }
            return args.get(i);
        }

        String cargoValue(String... names) {
            for (int i = 0; i + 1 < cargo.size(); i++) {
                for (String n : names) {
                    if (cargo.get(i).equals(n)) {
                        return cargo.get(i + 1);
                    }
                }
            }
            return null;
        }

        public String format(String fallback) {
            return typeheat.getOrDefault("--format", fallback);
        }

        public int top() {
            return Integer.parseInt(typeheat.getOrDefault("--top", "10"));
        }

        public Path output() {
            String o = typeheat.containsKey("-o") ? typeheat.get("-o") : typeheat.get("--output");
            return o == null ? null : Path.of(o);
        }

        public Path baseline() {
            return typeheat.containsKey("--baseline") ? Path.of(typeheat.get("--baseline")) : null;
        }

        public Path writeBaseline() {
            return typeheat.containsKey("--write-baseline") ? Path.of(typeheat.get("--write-baseline")) : null;
        }

        /** Threshold options for the analysis (AnalysisOptions' names). */
        public List<String> analysisArgs() {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, String> e : typeheat.entrySet()) {
                if (e.getKey().startsWith("--max-")) {
                    out.add(e.getKey());
                    out.add(e.getValue());
                } else if (e.getKey().equals("--config-file")) {
                    out.add("--config");
                    out.add(e.getValue());
                }
            }
            return out;
        }
    }

    /** What the build left. */
    public record Result(int exitCode, Path outputDir, String crateName) {
    }

    private final Options options;
    private final PrintStream err;

    public CargoBuild(Options options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    public Result run() throws IOException {
        Path manifest = options.cargoValue("--manifest-path") != null ? Path.of(options.cargoValue("--manifest-path"))
                : Path.of("Cargo.toml");
        Path crateDir = manifest.toAbsolutePath().getParent();
        Path workDir = Files.isDirectory(crateDir) ? crateDir : Path.of("").toAbsolutePath();
        String crate = options.cargoValue("-p", "--package");
        if (crate == null && Files.isRegularFile(manifest)) {
            crate = packageName(manifest);
        }
        Path targetDir = options.cargoValue("--target-dir") != null ? Path.of(options.cargoValue("--target-dir"))
                : crateDir.resolve("target");
        Path out = targetDir.resolve("typeheat");
        Files.createDirectories(out);
        clearOutputs(out);

        List<String> cargo = new ArrayList<>(List.of("cargo"));
        Map<String, String> env = new java.util.HashMap<>();
        if (useNightly()) {
            cargo.add("+nightly");
        } else {
            env.put("RUSTC_BOOTSTRAP", "1");
            err.println("typeheat: no nightly toolchain: using RUSTC_BOOTSTRAP=1 with the stable compiler "
                    + "(fine for measuring, not for shipping)");
        }
        if (crate != null) {
            List<String> clean = new ArrayList<>(cargo);
            clean.addAll(List.of("clean", "-p", crate));
            copyFlag(clean, "--release");
            copyValue(clean, "--profile", "--target", "--target-dir", "--manifest-path");
            err.println("typeheat: cargo clean -p " + crate + " so rustc rebuilds it and the profile is not empty");
            int cleaned = exec(clean, env, workDir, null);
            if (cleaned != 0) {
                return new Result(cleaned, out, crate);
            }
        }
        List<String> build = new ArrayList<>(cargo);
        build.add("rustc");
        build.addAll(options.cargo());
        build.add("--");
        build.addAll(List.of("-Z", "self-profile=" + out.toAbsolutePath(), "-Z", "self-profile-events=default,args",
                "--emit=llvm-ir", "-Z", "print-type-sizes"));
        if (options.monoStats()) {
            build.addAll(List.of("-Z", "dump-mono-stats=" + out.toAbsolutePath(), "-Z", "dump-mono-stats-format=json"));
        }
        if (options.cargo().contains("--release")) {
            // Release builds have no debug info, which is what places the closures a profile names by path.
            // Line tables add no lines to function bodies, so IR line counts stay those of a plain release build.
            build.addAll(List.of("-C", "debuginfo=line-tables-only"));
        }
        build.addAll(options.rustc());
        FileTime started = FileTime.fromMillis(System.currentTimeMillis() - 2000);
        int code = exec(build, env, workDir, out);
        collect(targetDir, out, crate, started);
        return new Result(code, out, crate == null ? crateDir.getFileName().toString() : crate);
    }

    private void copyFlag(List<String> cmd, String flag) {
        if (options.cargo().contains(flag)) {
            cmd.add(flag);
        }
    }

    private void copyValue(List<String> cmd, String... names) {
        for (String n : names) {
            String v = options.cargoValue(n);
            if (v != null) {
                cmd.add(n);
                cmd.add(v);
            }
        }
    }

    private boolean useNightly() {
        String choice = options.typeheat().get("--toolchain");
        if (choice != null) {
            return choice.equals("nightly");
        }
        try {
            Process p = new ProcessBuilder("rustup", "toolchain", "list").redirectErrorStream(true).start();
            String list = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && list.lines().anyMatch(l -> l.startsWith("nightly"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs a command in {@code dir}: its stderr goes to ours unchanged; with {@code keep}, stdout (the type
     * sizes) and stderr (the diagnostics) are also saved there.
     */
    private int exec(List<String> cmd, Map<String, String> env, Path dir, Path keep) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new InputException(cmd.get(0), "cannot run: " + e.getMessage());
        }
        Thread errPump = pump(p.getErrorStream(), err, keep == null ? null : keep.resolve("cargo-stderr.txt"));
        Thread outPump = pump(p.getInputStream(), null, keep == null ? null : keep.resolve("type-sizes.txt"));
        try {
            int code = p.waitFor();
            errPump.join();
            outPump.join();
            return code;
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Thread pump(InputStream in, OutputStream echo, Path file) {
        Thread t = new Thread(() -> {
            try (OutputStream save = file == null ? OutputStream.nullOutputStream() : Files.newOutputStream(file)) {
                byte[] buf = new byte[8192];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    if (echo != null) {
                        echo.write(buf, 0, n);
                        echo.flush();
                    }
                    save.write(buf, 0, n);
                }
            } catch (IOException ignored) {
                // the process ended or the file could not be written: nothing more to copy
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void clearOutputs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Copies the crate's fresh .ll and long-type files from the target directory into {@code out}. */
    private void collect(Path targetDir, Path out, String crate, FileTime since) throws IOException {
        String stem = crate == null ? "" : crate.replace('-', '_');
        if (!Files.isDirectory(targetDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(targetDir, 4)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                boolean wanted = (name.endsWith(".ll") && name.startsWith(stem)) || name.contains(".long-type-");
                if (wanted && !f.startsWith(out) && Files.getLastModifiedTime(f).compareTo(since) >= 0) {
                    Files.copy(f, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String packageName(Path manifest) throws IOException {
        boolean inPackage = false;
        Pattern name = Pattern.compile("^\\s*name\\s*=\\s*\"([^\"]+)\"");
        for (String line : Files.readAllLines(manifest)) {
            String t = line.strip();
            if (t.startsWith("[")) {
                inPackage = t.equals("[package]");
            } else if (inPackage) {
                Matcher m = name.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
