package dev.typeheat.cli;

import dev.typeheat.TestCorpus;
import dev.typeheat.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden files: each {@code corpus/types/golden/NAME.type} explained with {@code --width 100} must print
 * exactly {@code NAME.tree}. To accept a deliberate change, regenerate with
 * {@code ./typeheat explain --width 100 @NAME.type > NAME.tree} and review the diff.
 */
class ExplainGoldenTest {

    @TestFactory
    Stream<DynamicTest> explainMatchesGoldenTree() throws IOException {
        Path dir = TestCorpus.project("types/golden");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> p.toString().endsWith(".type")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no golden inputs in " + dir);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            Path expected = Path.of(input.toString().replaceAll("\\.type$", ".tree"));
            CliRun.Result r = CliRun.run("explain", "--width", "100", "@" + input);
            assertEquals(0, r.code(), r.err());
            assertEquals(Files.readString(expected), r.out());
        }));
    }
}
