package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * typeheat diff on the chains crate's release builds, plain and with smoothed's chain boxed (the real
 * compiler output of corpus/generated/chains): what the box cut shows as types that shrank, matched by
 * the function that builds them, the totals agree with the list, and --fail-on-growth says what grew.
 */
class DiffCommandTest {
    @TempDir
    static Path tmp;
    static Path base;
    static Path head;

    @BeforeAll
    static void builds() throws IOException {
        Path chains = TestCorpus.project("generated/chains");
        base = tmp.resolve("base");
        head = tmp.resolve("head");
        copy(chains.resolve("chains-release.ll.gz"), base);
        copy(chains.resolve("self-profile"), base);
        copy(chains.resolve("boxed/chains-release.ll.gz"), head);
        copy(chains.resolve("boxed/self-profile"), head);
    }

    private static void copy(Path from, Path toDir) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = toDir.resolve(from.getParent().relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void boxingShowsAsTypesThatShrankWhereTheyAreBuiltAndFailOnGrowthNamesWhatGrew() throws Exception {
        CliRun.Result r = CliRun.run("diff", "--format", "json", "--top", "100000", "--fail-on-growth", "10",
                base.toString(), head.toString());
        assertEquals(ExitCode.FINDINGS, r.code(), r.err());
        assertTrue(r.err().contains("\ntypeheat: IR lines grew 14.1% (3,185 -> 3,635), more than --fail-on-growth 10%\n"), r.err());
        assertTrue(r.err().startsWith("typeheat: " + base), "what was read comes first: " + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("--fail-on-growth")).count(), "only IR lines grew past 10%: " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("typeheat:   grew [\\d,]+ -> [\\d,]+ nodes .*")), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        boolean smoothedShrank = false;
        long listedBase = 0;
        long listedHead = 0;
        for (JsonNode t : d.path("types")) {
            if (t.path("status").asText().equals("shrank") && t.path("place").asText().equals("fn chains::pipeline::smoothed")) {
                smoothedShrank = true;
                assertTrue(t.path("headNodes").asLong() < t.path("baseNodes").asLong(), t.toString());
            }
            assertFalse(t.path("type").asText().contains("DefId("), "a def index in a shape: " + t);
            listedBase = Math.max(listedBase, t.path("baseNodes").asLong());
            listedHead = Math.max(listedHead, t.path("headNodes").asLong());
        }
        assertTrue(smoothedShrank, "no type of smoothed shrank: " + r.out());
        for (JsonNode t : d.path("totals")) {
            if (t.path("name").asText().equals("largest type")) {
                assertTrue(t.path("base").asLong() >= listedBase && t.path("head").asLong() >= listedHead, t.toString());
            }
        }
        assertEquals(d.path("changedTypes").asInt(), d.path("types").size());
    }
}
