package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real samples posted publicly (corpus/public, provenance in its README): each {@code NAME.txt} gives
 * exactly {@code NAME.expected} on stdout with the command of its folder (errors: lint; llvm-lines: lines;
 * symbols: symbols). Regenerate a golden file only after reading the difference.
 */
class PublicSamplesGoldenTest {
    private static final List<List<String>> FOLDERS = List.of(
            List.of("errors", "lint"), List.of("llvm-lines", "lines"), List.of("symbols", "symbols"));

    @TestFactory
    Stream<DynamicTest> everySampleGivesItsGoldenOutput() throws IOException {
        Stream<DynamicTest> all = Stream.empty();
        for (List<String> folder : FOLDERS) {
            Path dir = TestCorpus.project("public/" + folder.get(0));
            List<Path> samples;
            try (Stream<Path> files = Files.list(dir)) {
                samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            assertTrue(samples.size() >= 2, dir + " holds " + samples.size() + " samples");
            all = Stream.concat(all, samples.stream().map(s -> DynamicTest.dynamicTest(folder.get(0) + "/" + s.getFileName(), () -> {
                Path golden = Path.of(s.toString().replaceAll("\\.txt$", ".expected"));
                CliRun.Result r = folder.get(1).equals("lint") ? CliRun.run("lint", "--width", "100", s.toString())
                        : CliRun.run(folder.get(1), s.toString());
                assertTrue(r.code() == 0 || r.code() == 1, r.err());
                // the goldens name samples relative to corpus/public, as a user in that folder would see them
                assertEquals(Files.readString(golden), r.out().replace(dir.getParent() + File.separator, ""));
            })));
        }
        return all;
    }

    /**
     * A futures 0.1 note the terminal wrapped inside the quoted type is joined before it is read: the type
     * parses whole (a line read alone would be an open quote and a stray fragment), with the captured
     * closure the wrap cut in two ({@code get_crates\n:[closure@..]}).
     */
    @Test
    void aNoteTheTerminalWrappedIsOneType() throws IOException {
        Path sample = TestCorpus.project("public/errors/e0275-futures01-wrapped-note-56629.txt");
        CliRun.Result r = CliRun.run("explain", "--format", "json", sample.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), "one type: " + r.out());
        JsonNode type = new ObjectMapper().readTree(r.out());
        assertEquals(0, type.path("syntaxErrors").asInt(), r.out());
        assertEquals(false, type.path("truncated").asBoolean(), r.out());
        assertEquals(7, type.path("depth").asInt());
        assertEquals(31, type.path("nodes").asInt());
        assertTrue(r.out().contains("[closure@src/cratesio/mod.rs:50:50: 50:76]"), r.out());
    }
}
