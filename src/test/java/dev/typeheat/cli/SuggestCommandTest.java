package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.TestCorpus;
import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code typeheat suggest} on real inputs. */
class SuggestCommandTest {

    /**
     * The seed build was fixed by boxing the four route filters joined with .or(), whose closures are at
     * src/serve/mod.rs lines 231, 235, 239 and 243. typeheat must name those four places.
     */
    @Test
    void seedObligationNamesTheFourRoutesItsAuthorBoxed() throws Exception {
        CliRun.Result r = CliRun.run("suggest", "--format", "json", "--top", "50",
                TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Set<Integer> lines = new HashSet<>();
        for (JsonNode s : json.path("suggestions")) {
            if ("src/serve/mod.rs".equals(s.path("file").asText())) {
                assertEquals("Filter::boxed()", s.path("remedy").asText());
                lines.add(s.path("line").asInt());
            }
        }
        assertTrue(lines.containsAll(Set.of(231, 235, 239, 243)), "suggested lines: " + lines);
        List<Integer> firstFour = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            firstFour.add(json.path("suggestions").get(i).path("line").asInt());
        }
        assertEquals(Set.of(231, 235, 239, 243), new HashSet<>(firstFour), "the four routes rank first");
    }

    @Test
    void warpServerSuggestionsPointIntoTheAppsOwnSource() throws Exception {
        String warp = TestCorpus.shared().resolve("warp-app").toString();
        CliRun.Result r = CliRun.run("suggest", "--format", "json", "--top", "1000",
                warp + "/long-types", warp + "/error-broken.txt", warp + "/error-broken-copy.txt");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.path("suggestions").size() >= 5, r.out());
        for (JsonNode s : json.path("suggestions")) {
            String file = s.path("file").asText();
            assertTrue(file.startsWith("src/"), "suggestion outside the app's src/: " + s);
        }
    }

    /** 100,000 nested filters: the chain is broken in the middle (every place is looked up once, not per cut). */
    @Test
    void typeNested100000DeepGetsItsChainBrokenInTheMiddle(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path deep = dir.resolve("deep.txt");
        java.nio.file.Files.writeString(deep, "Or<".repeat(100_000) + "u8" + ">".repeat(100_000));
        CliRun.Result r = CliRun.run("suggest", "--format", "json", deep.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode first = new ObjectMapper().readTree(r.out()).path("suggestions").get(0);
        assertEquals("breaks a 100000-link chain of warp filters in the middle", first.path("reason").asText());
        assertEquals(50_000, first.path("savesNodes").asLong());
        assertEquals("the code building " + "Or<".repeat(16) + "Or\u2026" + ">".repeat(49), first.path("function").asText());
    }

    /**
     * A self-profile names closures by path (Closure(DefId(.. ~ chains::pipeline::smoothed::{closure#4}))); the
     * debug IR of the same build places them, so its chains are boxed at lines, not at function names.
     */
    @Test
    void profileClosuresArePlacedByTheDebugInfoOfTheSameBuild() throws Exception {
        String profile = TestCorpus.project("generated/chains/self-profile").toString();
        String ir = TestCorpus.project("generated/chains/chains-debug.ll.gz").toString();
        JsonNode alone = new ObjectMapper().readTree(CliRun.run("suggest", "--format", "json", "--top", "50", profile).out());
        JsonNode joined = new ObjectMapper().readTree(CliRun.run("suggest", "--format", "json", "--top", "50", profile, ir).out());
        Set<String> unplacedAlone = new HashSet<>();
        for (JsonNode s : alone.path("suggestions")) {
            if (s.path("file").isNull() && s.path("function").asText().startsWith("chains::pipeline::smoothed::")) {
                unplacedAlone.add(s.path("function").asText());
            }
        }
        assertTrue(!unplacedAlone.isEmpty(), "the profile alone should name closures by path: " + alone);
        Set<String> placed = new HashSet<>();
        for (JsonNode s : joined.path("suggestions")) {
            assertTrue(!s.path("function").asText().startsWith("chains::pipeline::smoothed::"), "still unplaced: " + s);
            if (!s.path("file").isNull()) {
                placed.add(s.path("file").asText() + ":" + s.path("line").asInt() + ":" + s.path("column").asInt());
            }
        }
        // the columns come from the closure spans rustc printed on those lines
        assertTrue(placed.containsAll(Set.of("src/pipeline.rs:13:20", "src/pipeline.rs:18:17")), "placed: " + placed);
    }
}
