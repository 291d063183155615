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
record CargoMetadata(Path targetDirectory, Path workspaceRoot, Map<String, Path> members, Set<Path> pathDependencies) {

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
        Set<Path> paths = new LinkedHashSet<>();
        for (JsonNode p : json.path("packages")) {
            members.put(p.path("name").asText(), Path.of(p.path("manifest_path").asText()));
            for (JsonNode d : p.path("dependencies")) {
                if (d.path("path").isTextual()) {
                    paths.add(Path.of(d.path("path").asText()));
                }
            }
        }
        return new CargoMetadata(Path.of(json.path("target_directory").asText()),
                Path.of(json.path("workspace_root").asText()), members, paths);
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
