package dev.typeheat.advice;

import dev.typeheat.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diff's two builds read side by side give what each gives read alone, and errors name the right build. */
class TwoBuildsTest {
    private static final Supplier<Analyzer> ANALYZERS = () -> new Analyzer(Catalog.bundled(), LintConfig.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void eachSideIsWhatItsBuildGivesAlone() throws IOException {
        Path base = Files.writeString(dir.resolve("base.txt"), "Vec<u8>\n" + "Option<".repeat(200) + "u8" + ">".repeat(200) + "\n");
        Path head = Files.writeString(dir.resolve("head.txt"), "Map<".repeat(150) + "u8" + ">".repeat(150) + "\n");
        TwoBuilds both = TwoBuilds.analyze(ANALYZERS, base, head);
        assertSame(ANALYZERS.get().analyze(List.of(base)), both.base);
        assertSame(ANALYZERS.get().analyze(List.of(head)), both.head);
        assertNotEquals(fingerprints(both.base), fingerprints(both.head));
        assertFalse(both.base.findings().isEmpty() || both.head.findings().isEmpty(), "nothing to compare");
    }

    @Test
    void aBaseThatCannotBeReadIsTheErrorEvenWhenTheHeadCannotBeReadEither() {
        Path head = dir.resolve("no-head.txt");
        InputException e = assertThrows(InputException.class,
                () -> TwoBuilds.analyze(ANALYZERS, dir.resolve("no-base.txt"), head));
        assertTrue(e.where().endsWith("no-base.txt"), e.where());
    }

    @Test
    void aHeadThatCannotBeReadIsReportedWithItsOwnError() throws IOException {
        Path base = Files.writeString(dir.resolve("base.txt"), "Vec<u8>\n");
        InputException e = assertThrows(InputException.class,
                () -> TwoBuilds.analyze(ANALYZERS, base, dir.resolve("no-head.txt")));
        assertTrue(e.where().endsWith("no-head.txt"), e.where());
    }

    private static void assertSame(Analysis alone, Analysis sideBySide) {
        assertEquals(alone.types().size(), sideBySide.types().size());
        assertEquals(fingerprints(alone), fingerprints(sideBySide));
    }

    private static List<String> fingerprints(Analysis a) {
        return a.findings().stream().map(Finding::fingerprint).toList();
    }
}
