package dev.typeheat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF Multitool, the checker of the rules GitHub code scanning enforces (npm
 * {@code @microsoft/sarif-multitool}). Found as {@code $SARIF_MULTITOOL} (the binary) or as
 * {@code sarif-multitool} on the PATH (the npm package's launcher, next to which the binary lies).
 * Without it the calling test is skipped with the reason printed; with {@code CI=true} it fails.
 */
public final class SarifMultitool {
    private SarifMultitool() {
    }

    /** The Multitool binary, or a skip (a failure under CI) saying how to install it. */
    public static Path require() {
        Optional<Path> tool = find();
        if (tool.isEmpty()) {
            String reason = "SARIF Multitool not installed (npm install -g @microsoft/sarif-multitool, then chmod u+x"
                    + " its Sarif.Multitool binary, or set SARIF_MULTITOOL): skipping GitHub's SARIF rules";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            System.out.println("SKIPPED: " + reason);
            Assumptions.assumeTrue(false, reason);
        }
        return tool.get();
    }

    static Optional<Path> find() {
        String configured = System.getenv("SARIF_MULTITOOL");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path launcher = Path.of(dir, "sarif-multitool");
            if (!Files.isExecutable(launcher)) {
                continue;
            }
            try {
                Path pkg = launcher.toRealPath().getParent();
                for (Path binary : List.of(pkg.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"),
                        pkg.resolveSibling("sarif-multitool-linux/Sarif.Multitool"))) {
                    if (Files.isExecutable(binary)) {
                        return Optional.of(binary);
                    }
                }
            } catch (java.io.IOException e) {
                // a broken link: not installed
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code validate --rule-kind "Gh;Sarif"} over the files and returns every error and warning it
     * reports, as {@code RULE: message (file)} lines.
     */
    public static List<String> problems(Path tool, List<Path> files, Path workDir) throws Exception {
        Path out = workDir.resolve("multitool-validation.sarif");
        java.nio.file.Files.deleteIfExists(out);
        List<String> cmd = new ArrayList<>(List.of(tool.toString(), "validate", "--rule-kind", "Gh;Sarif",
                "-o", out.toString()));
        for (Path f : files) {
            cmd.add(f.toAbsolutePath().toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("multitool.log").toFile()).start();
        Assertions.assertTrue(p.waitFor(5, TimeUnit.MINUTES), "SARIF Multitool did not finish");
        String log = Files.readString(workDir.resolve("multitool.log"));
        Assertions.assertEquals(0, p.exitValue(), log);
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        List<String> problems = new ArrayList<>();
        for (JsonNode run : report.path("runs")) {
            for (JsonNode r : run.path("results")) {
                String level = r.path("level").asText("warning");
                if (level.equals("error") || level.equals("warning")) {
                    problems.add(level + " " + r.path("ruleId").asText() + ": " + r.at("/message/arguments")
                            + " (" + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ")");
                }
            }
            for (JsonNode n : run.at("/invocations/0/toolExecutionNotifications")) {
                if (n.path("level").asText().equals("error")) {
                    problems.add("error: " + n.at("/message/text").asText());
                }
            }
        }
        return problems;
    }
}
