package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/github-actions/typeheat.yml is a workflow a team can copy: valid YAML in GitHub's workflow shape,
 * allowed to upload to code scanning, running {@code cargo typeheat lint} with options typeheat accepts,
 * and uploading the very SARIF file that step writes, also when lint fails the job.
 */
class WorkflowExampleTest {
    private static final Path WORKFLOW = Path.of("docs/github-actions/typeheat.yml");

    @Test
    void theExampleWorkflowLintsWithSarifAndUploadsIt() throws Exception {
        JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        assertEquals("write", wf.at("/permissions/security-events").asText(), "upload-sarif needs security-events: write");
        assertTrue(wf.path("on").has("pull_request") || wf.path(true + "").has("pull_request"), wf.toString());
        JsonNode jobs = wf.path("jobs");
        assertEquals(1, jobs.size());
        JsonNode job = jobs.elements().next();
        assertTrue(job.path("runs-on").asText().startsWith("ubuntu"), job.toString());
        String lint = null;
        JsonNode upload = null;
        for (JsonNode step : job.path("steps")) {
            assertTrue(step.has("run") ^ step.has("uses"), "a step runs a command or uses an action: " + step);
            for (String line : step.path("run").asText("").split("\n")) {
                if (line.strip().startsWith("cargo typeheat lint")) {
                    lint = line.strip();
                }
            }
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                upload = step;
            }
        }
        assertNotNull(lint, "no step runs cargo typeheat lint");
        assertNotNull(upload, "no step uploads the SARIF");
        List<String> args = words(lint.substring("cargo typeheat ".length()));
        assertEquals("sarif", args.get(args.indexOf("--format") + 1));
        String sarif = args.get(args.indexOf("-o") + 1);
        assertEquals(sarif, upload.at("/with/sarif_file").asText(), "the upload must take the file lint writes");
        assertTrue(upload.path("if").asText().contains("always()"), "lint exits 1 on findings: the upload must still run");
        // the options are typeheat's: picocli parses them like the command would
        List<String> cli = new ArrayList<>(List.of("cargo"));
        cli.addAll(args);
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(cli.toArray(new String[0]));
        assertEquals("lint", parsed.subcommand().subcommand().commandSpec().name());
    }

    /** Shell words of a command line; {@code "${baseline[@]}"} (an optional array) stands for nothing. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            String w = m.group(1) != null ? m.group(1) : m.group(2);
            if (!w.startsWith("${")) {
                out.add(w);
            }
        }
        return out;
    }
}
