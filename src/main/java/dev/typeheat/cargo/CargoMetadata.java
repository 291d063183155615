package dev.typeheat.cargo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.input.InputException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code cargo metadata --no-deps} says of the workspace: where cargo puts its output (its
 * {@code --target-dir}, {@code CARGO_TARGET_DIR} and config files all considered) and where each member's
 * manifest is.
 */
record CargoMetadata(Path targetDirectory, Path workspaceRoot, Map<String, Path> members) {

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
        for (JsonNode p : json.path("packages")) {
            members.put(p.path("name").asText(), Path.of(p.path("manifest_path").asText()));
        }
        return new CargoMetadata(Path.of(json.path("target_directory").asText()),
                Path.of(json.path("workspace_root").asText()), members);
    }
}
