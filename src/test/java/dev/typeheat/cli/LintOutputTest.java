package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.typeheat.TestCorpus;
import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What CI consumes: SARIF, baselines, annotations, exit codes. */
class LintOutputTest {
    @TempDir
    Path tmp;

    private final String seed = TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString();

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        Path out = tmp.resolve("out.sarif");
        CliRun.Result r = CliRun.run("lint", "--format", "sarif", "-o", out.toString(), seed);
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        JsonNode sarif = new ObjectMapper().readTree(out.toFile());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), "schema errors: " + errors);
        // what GitHub code scanning requires beyond the schema
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertFalse(driver.path("version").asText().isEmpty());
        assertFalse(driver.path("informationUri").asText().isEmpty());
        for (JsonNode rule : driver.path("rules")) {
            assertFalse(rule.at("/fullDescription/text").asText().isEmpty());
            assertFalse(rule.at("/help/text").asText().isEmpty());
        }
        JsonNode results = sarif.at("/runs/0/results");
        assertTrue(results.size() > 0);
        for (JsonNode res : results) {
            assertEquals("src/serve/mod.rs", res.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
            assertTrue(res.at("/locations/0/physicalLocation/region/startLine").asInt() > 0);
            assertFalse(res.at("/partialFingerprints").isEmpty());
        }
    }

    @Test
    void sameInputGivesIdenticalSarifAndBaseline() throws Exception {
        Path a = tmp.resolve("a.sarif");
        Path b = tmp.resolve("b.sarif");
        CliRun.run("lint", "--format", "sarif", "-o", a.toString(), "--write-baseline",
                tmp.resolve("a.baseline").toString(), seed);
        CliRun.run("lint", "--format", "sarif", "-o", b.toString(), "--write-baseline",
                tmp.resolve("b.baseline").toString(), seed);
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(Files.readString(tmp.resolve("a.baseline")), Files.readString(tmp.resolve("b.baseline")));
    }

    @Test
    void baselineSuppressesKnownFindingsButNotNewOnes() throws Exception {
        Path baseline = tmp.resolve("typeheat.baseline");
        CliRun.Result first = CliRun.run("lint", "--write-baseline", baseline.toString(), seed);
        assertEquals(ExitCode.FINDINGS, first.code());
        CliRun.Result again = CliRun.run("lint", "--baseline", baseline.toString(), seed);
        assertEquals(ExitCode.OK, again.code(), again.out());
        assertTrue(again.out().contains("known in the baseline"), again.out());
        String other = TestCorpus.project("lint/long-chain/positive.long-type-1.txt").toString();
        CliRun.Result newer = CliRun.run("lint", "--baseline", baseline.toString(), seed, other);
        assertEquals(ExitCode.FINDINGS, newer.code());
        assertTrue(newer.out().contains("long-chain"), newer.out());
    }

    @Test
    void githubAnnotationsAreEscaped() {
        CliRun.Result r = CliRun.run("lint", "--format", "github", seed);
        assertEquals(ExitCode.FINDINGS, r.code());
        for (String line : r.out().split("\n")) {
            assertTrue(line.startsWith("::warning file=src/serve/mod.rs,line="), line);
            String props = line.substring("::warning ".length(), line.indexOf("::", 2));
            assertFalse(props.contains("typeheat deep-type:"), "':' must be escaped in properties");
        }
        assertEquals("a%25b%0Ac", dev.typeheat.report.lint.GithubAnnotationsAccess.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", dev.typeheat.report.lint.GithubAnnotationsAccess.property("x:y,z"));
    }

    @Test
    void markdownSummaryIsATable() {
        CliRun.Result r = CliRun.run("lint", "--format", "markdown", seed);
        assertTrue(r.out().matches("(?s)## typeheat: \\d+ type hotspot\\(s\\).*"), r.out());
        assertTrue(r.out().contains("| rule | where |"), r.out());
    }

    @Test
    void badBaselineIsAOneLineError() throws Exception {
        Path bad = tmp.resolve("bad.baseline");
        Files.writeString(bad, "deep-type:1234abcd\nnot a fingerprint\n");
        CliRun.Result r = CliRun.run("lint", "--baseline", bad.toString(), seed);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        // stderr says what the input was read as, then the one-line error
        assertTrue(r.err().endsWith("\ntypeheat: " + bad + ":2:1: not a typeheat fingerprint: not a fingerprint\n"), r.err());
    }
}
