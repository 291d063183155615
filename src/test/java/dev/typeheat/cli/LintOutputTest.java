package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import dev.typeheat.advice.checks.Rule;
import dev.typeheat.advice.checks.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What CI consumes: SARIF, baselines, annotations, exit codes. */
class LintOutputTest {
    @TempDir
    Path tmp;

    private final String seed = TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString();
    /** A 30-route warp server type: many places to box. */
    private final String routes = TestCorpus.project("lint/bloated-generic/positive.long-type-1.txt").toString();
    /** Legacy-mangled IR rows: types named by path only, no source place. */
    private final String unplaced = TestCorpus.project("llvm-lines/llvm-lines-iter_app-release.txt").toString();

    static JsonNode validSarif(Path file) throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        JsonSchema schema;
        try (InputStream in = LintOutputTest.class.getResourceAsStream("/sarif/sarif-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), "schema errors: " + errors);
        return sarif;
    }

    /**
     * With the crate's source, a place the box plan boxes carries the plan's edit as a SARIF fix: applied
     * to the file at its exact region, it adds the call at the end of the expression the result spans.
     */
    @Test
    void aPlannedBoxIsAFixWithItsExactEdit() throws Exception {
        Path crate = TestCorpus.project("crates/blog");
        Path out = tmp.resolve("blog.sarif");
        CliRun.Result r = CliRun.run("lint", "--format", "sarif", "-o", out.toString(), "--src", crate.toString(),
                TestCorpus.project("generated/blog/blog-type-sizes.txt.gz").toString());
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        JsonNode sarif = validSarif(out);
        assertEquals(crate.toAbsolutePath().normalize().toUri().toString(),
                sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText());
        int fixed = 0;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (!result.has("fixes")) {
                continue;
            }
            fixed++;
            JsonNode region = result.at("/locations/0/physicalLocation/region");
            JsonNode change = result.at("/fixes/0/artifactChanges/0");
            assertEquals("%SRCROOT%", change.at("/artifactLocation/uriBaseId").asText());
            List<String> lines = Files.readAllLines(crate.resolve(change.at("/artifactLocation/uri").asText()));
            JsonNode replacement = change.at("/replacements/0");
            JsonNode deleted = replacement.path("deletedRegion");
            // the edit inserts the call where the expression the result spans ends
            assertEquals(region.path("endLine").asInt(), deleted.path("endLine").asInt(), result.toString());
            assertEquals(region.path("endColumn").asInt(), deleted.path("endColumn").asInt(), result.toString());
            assertEquals(deleted.path("startColumn").asInt(), deleted.path("endColumn").asInt(), "an insertion");
            String line = lines.get(deleted.path("startLine").asInt() - 1);
            int at = line.offsetByCodePoints(0, deleted.path("startColumn").asInt() - 1);
            String edited = line.substring(0, at) + replacement.at("/insertedContent/text").asText() + line.substring(at);
            assertTrue(edited.strip().endsWith(".boxed()") || edited.contains(".boxed();"), edited);
        }
        assertTrue(fixed >= 2, "the plan's boxes at the places lint reports carry fixes: " + fixed);
        JsonNode first = sarif.at("/runs/0/results/0");
        assertEquals(457, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(".boxed()", first.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText());
    }

    @Test
    void sarifHasRulesFromTheRuleListAndResultsOnlyInTheSource() throws Exception {
        Path out = tmp.resolve("out.sarif");
        CliRun.Result r = CliRun.run("lint", "--format", "sarif", "-o", out.toString(), seed, routes);
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        JsonNode sarif = validSarif(out);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertFalse(driver.path("version").asText().isEmpty());
        assertFalse(driver.path("informationUri").asText().isEmpty());
        List<Rule> rules = Rules.all();
        assertEquals(rules.size(), driver.path("rules").size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = driver.path("rules").get(i);
            assertEquals(rules.get(i).id(), rule.path("id").asText());
            assertFalse(rule.at("/fullDescription/text").asText().isEmpty());
            assertFalse(rule.at("/help/text").asText().isEmpty());
            assertTrue(rule.path("helpUri").asText().endsWith("/docs/rules/" + rules.get(i).id() + ".md"));
            assertTrue(Files.isRegularFile(Path.of(rules.get(i).docPath())), rules.get(i).docPath());
        }
        assertTrue(sarif.at("/runs/0/originalUriBaseIds").has("%SRCROOT%"));
        JsonNode results = sarif.at("/runs/0/results");
        assertTrue(results.size() > 1, results.toString());
        Set<String> places = new HashSet<>();
        for (JsonNode res : results) {
            JsonNode artifact = res.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
            String uri = artifact.path("uri").asText();
            assertTrue(uri.startsWith("src/") && uri.endsWith(".rs"), uri);
            JsonNode region = res.at("/locations/0/physicalLocation/region");
            assertTrue(places.add(uri + ":" + region.path("startLine") + ":" + region.path("startColumn")),
                    "two results at one place: " + uri + " " + region);
            assertFalse(res.at("/partialFingerprints/typeheat~1v1").asText().isEmpty());
            assertEquals(res.path("ruleId").asText(), res.at("/properties/rules/0").asText());
        }
    }

    @Test
    void findingsWithoutASourcePlaceAreNotificationsNotResults() throws Exception {
        Path out = tmp.resolve("unplaced.sarif");
        CliRun.Result r = CliRun.run("lint", "--format", "sarif", "--max-ir-lines", "2000", "-o", out.toString(), unplaced);
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        JsonNode sarif = validSarif(out);
        assertEquals(0, sarif.at("/runs/0/results").size());
        JsonNode notes = sarif.at("/runs/0/invocations/0/toolExecutionNotifications");
        assertTrue(notes.size() >= 2, sarif.at("/runs/0/invocations").toString());
        for (JsonNode note : notes) {
            assertEquals("warning", note.path("level").asText());
        }
        assertTrue(notes.get(1).at("/message/text").asText().matches("(?s)[a-z-]+(, [a-z-]+)*: .*"), notes.toString());
        assertFalse(sarif.toString().contains("llvm-lines-iter_app"), "an input file became a location");
    }

    @Test
    void relativeAndAbsoluteInputsGiveTheSameResultsAndFingerprints() throws Exception {
        Path a = tmp.resolve("a.sarif");
        Path b = tmp.resolve("b.sarif");
        CliRun.run("lint", "--format", "sarif", "-o", a.toString(), routes);
        CliRun.run("lint", "--format", "sarif", "-o", b.toString(), Path.of(routes).toAbsolutePath().toString());
        assertEquals(new ObjectMapper().readTree(a.toFile()).at("/runs/0/results"),
                new ObjectMapper().readTree(b.toFile()).at("/runs/0/results"));
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
    void writingABaselineSucceedsAndTheBaselineSuppressesKnownFindingsButNotNewOnes() throws Exception {
        Path baseline = tmp.resolve("typeheat.baseline");
        CliRun.Result first = CliRun.run("lint", "--write-baseline", baseline.toString(), seed);
        assertEquals(ExitCode.OK, first.code(), "accepting today's findings must not fail the CI step: " + first.err());
        assertTrue(first.err().contains("wrote "), first.err());
        CliRun.Result again = CliRun.run("lint", "--baseline", baseline.toString(), seed);
        assertEquals(ExitCode.OK, again.code(), again.out());
        assertTrue(again.out().contains("known in the baseline"), again.out());
        String other = TestCorpus.project("lint/long-chain/positive.long-type-1.txt").toString();
        CliRun.Result newer = CliRun.run("lint", "--baseline", baseline.toString(), seed, other);
        assertEquals(ExitCode.FINDINGS, newer.code());
        assertTrue(newer.out().contains("src/routes.rs:72:14: long-chain"), newer.out());
    }

    @Test
    void githubAnnotationsAreOnePerPlaceWithinGithubsLimits() {
        CliRun.Result r = CliRun.run("lint", "--format", "github", "--max-chain", "2", "--max-nodes", "20", seed, routes);
        assertEquals(ExitCode.FINDINGS, r.code());
        List<String> lines = r.out().lines().toList();
        List<String> warnings = lines.stream().filter(l -> l.startsWith("::warning ")).toList();
        assertTrue(warnings.size() <= 10, "GitHub shows 10 warnings per step: " + warnings.size());
        assertEquals(warnings.size(), new HashSet<>(warnings.stream().map(l -> l.substring(0, l.indexOf(",title="))).toList()).size(),
                "one annotation per place");
        for (String line : warnings) {
            assertTrue(line.matches("::warning file=src/[a-z/]+\\.rs,line=\\d+,col=\\d+,endLine=\\d+,title=typeheat .*"), line);
            String props = line.substring("::warning ".length(), line.indexOf("::", 2));
            assertFalse(props.contains("typeheat deep-type:"), "':' must be escaped in properties");
        }
        assertTrue(lines.stream().filter(l -> l.startsWith("::notice ")).count() <= 1);
        assertEquals("a%25b%0Ac", dev.typeheat.report.lint.GithubAnnotationsAccess.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", dev.typeheat.report.lint.GithubAnnotationsAccess.property("x:y,z"));
    }

    @Test
    void textNamesEveryRuleOfAPlaceOnceAndSummarisesTheRest() {
        CliRun.Result r = CliRun.run("lint", "--width", "100", "--top", "1", "--max-nodes", "20", routes, seed);
        assertEquals(ExitCode.FINDINGS, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("src/main\\.rs:\\d+:\\d+: long-chain, (deep-type, )?bloated-generic"), lines.get(0));
        assertEquals(1, lines.stream().filter(l -> l.matches("src/\\S+: .*")).count(), r.out());
        assertTrue(r.out().contains("1 of 2 places shown, costliest first (--top 2 shows all)"), r.out());
        for (String l : lines) {
            assertTrue(l.length() <= 100, "wider than the terminal: " + l);
            assertFalse(l.contains("DefId(") || l.contains("bound_vars"), "compiler-internal spelling: " + l);
        }
    }

    @Test
    void markdownSummaryIsATableOfPlaces() {
        CliRun.Result r = CliRun.run("lint", "--format", "markdown", seed);
        assertTrue(r.out().matches("(?s)## typeheat: \\d+ places? over the thresholds.*"), r.out());
        assertTrue(r.out().contains("| where | rules |"), r.out());
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
