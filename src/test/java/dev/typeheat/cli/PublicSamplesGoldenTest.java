package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.DynamicTest;
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
                CliRun.Result r = CliRun.run(folder.get(1), s.toString());
                assertTrue(r.code() == 0 || r.code() == 1, r.err());
                // the goldens name samples relative to corpus/public, as a user in that folder would see them
                assertEquals(Files.readString(golden), r.out().replace(dir.getParent() + File.separator, ""));
            })));
        }
        return all;
    }
}
