package dev.typeheat.cargo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.input.InputException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code cargo metadata --no-deps} says of the workspace: where cargo puts its output (its
 * {@code --target-dir}, {@code CARGO_TARGET_DIR} and config files all considered), where each member's
 * manifest is, and the directories of the members' path dependencies.
 */
record CargoMetadata(Path targetDirectory, Path workspaceRoot, Map<String, Path> members,
                     Map<String, List<Target>> targets, Set<Path> pathDependencies) {

    /** One crate of a package: its name as cargo spells it and its kind ({@code lib}, {@code bin}, ...). */
    record Target(String kind, String name) {
        /** The crates {@code cargo rustc} builds when no target is chosen: libraries and binaries. */
        boolean builtByDefault() {
            return kind.equals("bin") || kind.endsWith("lib") || kind.equals("proc-macro");
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    static CargoMetadata of(Processes processes, List<String> cargo, CargoArgs args, PrintStream err) {
        List<String> cmd = new ArrayList<>(cargo);
        cmd.addAll(List.of("metadata", "--no-deps", "--format-version", "1"));
        cmd.addAll(args.forMetadata());
        Processes.Captured run = processes.capture(cmd, Map.of());
        if (run.exitCode() != 0) {
            err.print(run.err());
            throw new CargoFailed(run.exitCode());
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(run.out());
        } catch (JsonProcessingException e) {
            throw new InputException("cargo metadata", "not the JSON cargo prints: " + e.getOriginalMessage());
        }
        Map<String, Path> members = new LinkedHashMap<>();
        Map<String, List<Target>> targets = new LinkedHashMap<>();
        Set<Path> paths = new LinkedHashSet<>();
        for (JsonNode p : json.path("packages")) {
            String name = p.path("name").asText();
            members.put(name, Path.of(p.path("manifest_path").asText()));
            List<Target> crates = new ArrayList<>();
            for (JsonNode t : p.path("targets")) {
                crates.add(new Target(t.path("kind").path(0).asText(), t.path("name").asText()));
            }
            targets.put(name, List.copyOf(crates));
            for (JsonNode d : p.path("dependencies")) {
                if (d.path("path").isTextual()) {
                    paths.add(Path.of(d.path("path").asText()));
                }
            }
        }
        return new CargoMetadata(Path.of(json.path("target_directory").asText()),
                Path.of(json.path("workspace_root").asText()), members, targets, paths);
    }

    /**
     * The names rustc gives the package's crates (hyphens as underscores), all of them: {@code RUSTC_BOOTSTRAP}
     * lists them so that the one built may use unstable options, whichever it is.
     */
    Set<String> crateNames(String pkg) {
        Set<String> out = new LinkedHashSet<>();
        for (Target t : targets.getOrDefault(pkg, List.of())) {
            out.add(t.name().replace('-', '_'));
        }
        return out;
    }

    /**
     * {@code cargo rustc} passes rustc options to one crate only: with none chosen, a package with several
     * libraries and binaries is a usage error before anything is built (cargo would say so after its clean).
     */
    void checkOneCrate(String pkg, CargoArgs.Selection selected) {
        if (!selected.equals(CargoArgs.Selection.DEFAULT)) {
            return;
        }
        List<Target> defaults = targets.getOrDefault(pkg, List.of()).stream().filter(Target::builtByDefault).toList();
        if (defaults.size() > 1) {
            throw new CargoRequestException(pkg + " has " + defaults.size() + " crates (" + defaults.stream()
                    .map(Target::toString).collect(java.util.stream.Collectors.joining(", "))
                    + "): choose the one to measure with --lib or --bin NAME");
        }
    }

    /** The workspace member {@code -p} names ({@code wanted}, or null), else the manifest's own package. */
    CrateManifest packageToMeasure(CrateManifest manifest, String wanted) {
        if (wanted == null) {
            if (manifest.isVirtual()) {
                throw new CargoRequestException(manifest.path() + " is a workspace without a package of its own: "
                        + "choose the crate to measure with -p (members: " + String.join(", ", members.keySet()) + ")");
            }
            return manifest;
        }
        if (wanted.equals(manifest.packageName())) {
            return manifest;
        }
        Path member = members.get(wanted);
        if (member == null) {
            throw new CargoRequestException("-p " + wanted + ": no such package in the workspace (members: "
                    + String.join(", ", members.keySet()) + "); typeheat measures workspace members");
        }
        return CrateManifest.read(member);
    }
}
