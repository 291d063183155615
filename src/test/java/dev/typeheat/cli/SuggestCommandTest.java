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
     * src/serve/mod.rs lines 231, 235, 239 and 243. Without the crate's source typeheat names a box by the
     * closures it composes: the plan's boxes compose those four, and it says no line where it cannot.
     */
    @Test
    void seedObligationNamesTheFourRoutesItsAuthorBoxed() throws Exception {
        CliRun.Result r = CliRun.run("suggest", "--format", "json", "--top", "50",
                TestCorpus.project("types/obligations/warp-obligation-truncated.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Set<String> closures = new HashSet<>();
        for (JsonNode s : json.path("suggestions")) {
            assertTrue(s.path("file").isNull(), "no source read, no line invented: " + s);
            assertEquals("Filter::boxed()", s.path("remedy").asText());
            s.path("closures").forEach(c -> closures.add(c.asText()));
        }
        assertTrue(closures.containsAll(Set.of("src/serve/mod.rs:231:14", "src/serve/mod.rs:235:19",
                "src/serve/mod.rs:239:19", "src/serve/mod.rs:243:19")), "closures named: " + closures);
    }

    @Test
    void warpServerPlanNamesOnlyTheAppsOwnClosuresInAFewBoxes() throws Exception {
        String warp = TestCorpus.shared().resolve("warp-app").toString();
        CliRun.Result r = CliRun.run("suggest", "--format", "json", "--top", "1000",
                warp + "/long-types", warp + "/error-broken.txt", warp + "/error-broken-copy.txt");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        int boxes = json.path("suggestions").size();
        assertTrue(boxes >= 2 && boxes <= 8, "a plan of a few boxes, not one per route: " + boxes);
        for (JsonNode s : json.path("suggestions")) {
            for (JsonNode c : s.path("closures")) {
                assertTrue(c.asText().startsWith("src/"), "a closure outside the app's src/: " + s);
            }
        }
        assertPlanKeepsEveryCompositionWithinTheLimits(json);
    }

    /**
     * A self-profile shows the closure inside the server's helper fn (`with_ctx`'s `move || ctx.clone()`),
     * where rustc's error prints the helper's value as `impl Filter`: the same groups, seen two ways, are
     * one plan, not two.
     */
    @Test
    void aProfileAndAnErrorOfOneServerAreOnePlan() throws Exception {
        String warp = TestCorpus.shared().resolve("warp-app").toString();
        String profile = warp + "/self-profile-args/chrome_profiler-min100ms.json.gz";
        String error = warp + "/error-broken-copy.txt";
        int fromError = new ObjectMapper().readTree(CliRun.run("suggest", "--format", "json", error).out())
                .path("suggestions").size();
        CliRun.Result r = CliRun.run("suggest", "--format", "json", profile, error);
        assertEquals(0, r.code(), r.err());
        JsonNode both = new ObjectMapper().readTree(r.out());
        int boxes = both.path("suggestions").size();
        assertTrue(fromError >= 6 && boxes == fromError, "the error alone plans " + fromError
                + " boxes, with the profile " + boxes);
        assertPlanKeepsEveryCompositionWithinTheLimits(both);
    }

    private static void assertPlanKeepsEveryCompositionWithinTheLimits(JsonNode json) {
        assertTrue(json.path("effects").size() > 0, json.toString());
        for (JsonNode e : json.path("effects")) {
            assertTrue(e.path("chainAfter").asInt() <= 12 && e.path("depthAfter").asInt() <= 24,
                    "the whole plan leaves a composition over the limits: " + e);
        }
    }

    /**
     * 100,000 nested filters with none of the user's closures: the type is over every limit, but no code of
     * the user's builds it, so nothing is suggested (lint reports it); and the plan is linear in the depth.
     */
    @Test
    void typeNested100000DeepWithNothingOfTheUsersToBoxSuggestsNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path deep = dir.resolve("deep.txt");
        java.nio.file.Files.writeString(deep, "Or<".repeat(100_000) + "u8" + ">".repeat(100_000));
        CliRun.Result r = CliRun.run("suggest", "--format", "json", deep.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, new ObjectMapper().readTree(r.out()).path("total").asInt(), r.out());
        CliRun.Result lint = CliRun.run("lint", deep.toString());
        assertEquals(ExitCode.FINDINGS, lint.code(), lint.err());
    }

    /**
     * A self-profile names closures by path (Closure(DefId(.. ~ chains::pipeline::smoothed::{closure#4}))) and
     * prints some types with spans too; a box is named by one kind, never both, and the debug IR of the same
     * build places paths at lines.
     */
    @Test
    void profileClosuresAreNamedOnceAndPlacedByTheDebugInfoOfTheSameBuild() throws Exception {
        String profile = TestCorpus.project("generated/chains/self-profile").toString();
        String ir = TestCorpus.project("generated/chains/chains-debug.ll.gz").toString();
        JsonNode joined = new ObjectMapper().readTree(CliRun.run("suggest", "--format", "json", "--top", "50", profile, ir).out());
        assertTrue(joined.path("suggestions").size() > 0, joined.toString());
        for (JsonNode s : joined.path("suggestions")) {
            for (JsonNode c : s.path("closures")) {
                assertTrue(c.asText().startsWith("src/"), "a closure named by path, not placed: " + s);
            }
        }
    }
}
