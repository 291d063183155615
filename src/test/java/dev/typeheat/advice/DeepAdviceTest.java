package dev.typeheat.advice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole advice pipeline (read, parse, measure, plan, find, fingerprint, place) over types nested
 * 100,000 deep, where each step asks about every level: tuples in tuples (whether a tuple is Debug
 * structure depends on the tuples inside it) and short combinator names ({@code Map<Map<..>>}, whose
 * family depends on the argument's). Each used to overflow the stack; the time bound is generous for a
 * loaded machine, the point is linear work.
 */
class DeepAdviceTest {
    private static final int DEPTH = 100_000;

    @TempDir
    Path dir;

    @Test
    void tuplesInTuples() throws IOException {
        assertDeepTypeFound("(".repeat(DEPTH) + ")".repeat(DEPTH), DEPTH);
    }

    @Test
    void shortCombinatorNames() throws IOException {
        assertDeepTypeFound("Map<".repeat(DEPTH) + "u8" + ">".repeat(DEPTH), DEPTH + 1);
    }

    private void assertDeepTypeFound(String type, int depth) throws IOException {
        Path input = Files.writeString(dir.resolve("deep.long-type-1.txt"), type + "\n");
        Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new Analyzer(Catalog.bundled(), LintConfig.DEFAULTS).analyze("lint", List.of(input)));
        Finding deep = a.findings().stream().filter(f -> f.rule().id().equals("deep-type")).findFirst().orElseThrow();
        assertEquals(depth, deep.metrics().depth());
        assertTrue(deep.fingerprint().startsWith("deep-type:"), deep.fingerprint());
        assertEquals(depth, a.measurer().depth(deep.record().type()));
    }
}
