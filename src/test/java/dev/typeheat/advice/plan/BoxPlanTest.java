package dev.typeheat.advice.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import dev.typeheat.RustTools;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The box plan on the blog server of corpus/crates/blog (33 routes in six groups, composed into one
 * router, served unboxed): the plan boxes the router where it is handed on and each group below it, no
 * route; its edits make a diff that git applies; and after it, nothing more is suggested.
 */
class BoxPlanTest {
    private static final String BLOG = "crates/blog";
    private static final String SIZES = "generated/blog/blog-type-sizes.txt.gz";
    private static final String CONFIG = "crates/blog/typeheat.toml";

    @Test
    void boxesTheRouterFirstThenEachGroupAndNoRoute() throws IOException {
        JsonNode json = suggest("--src", project(BLOG));
        List<String> code = new ArrayList<>();
        for (JsonNode s : json.path("suggestions")) {
            assertTrue(s.path("inPlan").asBoolean(), s.toString());
            assertEquals("src/main.rs", s.path("file").asText());
            assertTrue(s.path("endLine").asInt() >= s.path("line").asInt(), s.toString());
            code.add(s.path("code").asText());
        }
        assertEquals(7, code.size(), "six groups and the router: " + code);
        assertTrue(code.get(0).startsWith("let all = pages.or(feeds)"), "the hand-off first: " + code);
        Set<String> groups = new TreeSet<>();
        for (String c : code.subList(1, code.size())) {
            groups.add(c.substring("let ".length(), c.indexOf(" =")));
        }
        assertEquals(Set.of("admin", "api", "assets", "comments", "feeds", "pages"), groups);
        JsonNode effect = json.path("effects").get(0);
        assertTrue(effect.path("depthAfter").asInt() < effect.path("depthBefore").asInt(), effect.toString());
        assertTrue(effect.path("distinctAfter").asLong() < effect.path("distinctBefore").asLong(), effect.toString());
    }

    @Test
    void fixPrintsADiffThatInsertsBoxedAtTheEndOfEachComposition() throws IOException {
        CliRun.Result r = CliRun.run("fix", "--src", project(BLOG), "--config", project(CONFIG), project(SIZES));
        assertEquals(0, r.code(), r.err());
        String expected = Files.readString(TestCorpus.project("advice/blog-fix.diff"));
        assertEquals(expected, r.out(), "golden corpus/advice/blog-fix.diff");
    }

    @Test
    void afterThePlanNothingIsSuggested() throws IOException, InterruptedException {
        // the crate with typeheat's edits applied, against the types of a build with its groups boxed
        Path copy = copyOfBlog();
        CliRun.Result fixed = CliRun.run("fix", "--apply", "--allow-no-vcs", "--src", copy.toString(),
                "--config", project(CONFIG), project(SIZES));
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(Files.readString(copy.resolve("src/main.rs")).contains(".or(assets).boxed();"));
        CliRun.Result again = CliRun.run("suggest", "--format", "json", "--src", copy.toString(), "--config", project(CONFIG),
                project("generated/blog/hand-boxed/blog-type-sizes.txt.gz"));
        assertEquals(0, again.code(), again.err());
        assertEquals(0, new ObjectMapper().readTree(again.out()).path("total").asInt(), again.out());
    }

    @Test
    void withoutTheSourceTheClosuresNameEachBoxAndNoLineIsInvented() throws IOException {
        JsonNode json = suggest();
        assertFalse(json.path("sourceRead").asBoolean());
        int boxes = json.path("suggestions").size();
        assertTrue(boxes >= 1 && boxes <= 8, "plan of " + boxes + " boxes");
        for (JsonNode s : json.path("suggestions")) {
            assertTrue(s.path("file").isNull(), s.toString());
            assertTrue(s.path("closures").size() >= 2, "a box composes several closures: " + s);
        }
        assertEquals(2, CliRun.run("fix", "--config", project(CONFIG), project(SIZES)).code(),
                "fix without the source is a usage error");
    }

    @Test
    void fixApplyRefusesFilesWithUncommittedChanges() throws IOException, InterruptedException {
        Path copy = copyOfBlog();
        git(copy, "init", "-q");
        git(copy, "add", "-A");
        git(copy, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        Files.writeString(copy.resolve("src/main.rs"), Files.readString(copy.resolve("src/main.rs")) + "\n// mine\n");
        CliRun.Result r = CliRun.run("fix", "--apply", "--src", copy.toString(), "--config", project(CONFIG), project(SIZES));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("uncommitted changes"), r.err());
        assertFalse(Files.readString(copy.resolve("src/main.rs")).contains(".boxed()"), "nothing written");
    }

    /**
     * corpus/crates/recovered: routes served from {@code fn site() -> impl Filter<.., Error = Infallible>}
     * whose value recovers its rejections. The box goes in the routes' composition, before
     * {@code .recover(..)}; the fn's declaration stays, and the fixed crate type-checks.
     */
    @Test
    void aFnDeclaringInfallibleKeepsItsDeclarationAndTheFixedCrateCompiles() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("typeheat-recovered");
        Path copy = copyOf("crates/recovered", dir.resolve("recovered"));
        copyOf("crates/sieve", dir.resolve("sieve"));
        String declaration = "fn site() -> impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone {";
        CliRun.Result fixed = CliRun.run("fix", "--apply", "--allow-no-vcs", "--src", copy.toString(),
                project("generated/recovered/recovered-type-sizes.txt.gz"));
        assertEquals(0, fixed.code(), fixed.err());
        String main = Files.readString(copy.resolve("src/main.rs"));
        // a chain of 13 Ors over max-chain 12: the first twelve boxed, in the chain, before .recover(..)
        assertTrue(main.contains("        .or(p12)\n        .boxed()\n        .or(p13);\n    pages.recover(handle).map(|reply| reply)"), main);
        assertTrue(main.contains(declaration), "the declared error stays: " + main);
        assertEquals(1, main.split("\\.boxed\\(\\)", -1).length - 1, "one box: " + main);

        RustTools.requireCargo();
        Process check = new ProcessBuilder("cargo", "check", "--offline", "--quiet", "--target-dir",
                dir.resolve("target").toString()).directory(copy.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.waitFor(), "the fixed crate compiles as printed: " + out);
    }

    private static JsonNode suggest(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("suggest", "--format", "json", "--top", "100", "--config", project(CONFIG)));
        args.addAll(List.of(extra));
        args.add(project(SIZES));
        CliRun.Result r = CliRun.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static String project(String relative) {
        return TestCorpus.project(relative).toString();
    }

    private static Path copyOfBlog() throws IOException {
        return copyOf(BLOG, Files.createTempDirectory("typeheat-blog"));
    }

    /** A crate of the project's corpus copied to {@code dir}, without build output. */
    private static Path copyOf(String crate, Path dir) throws IOException {
        Path from = TestCorpus.project(crate);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
    }
}
