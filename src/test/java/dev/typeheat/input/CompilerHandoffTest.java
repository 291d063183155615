package dev.typeheat.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The head of a pipe read before handing the rest to another JVM ends at a line end past the limit. */
class CompilerHandoffTest {
    private static InputStream stream(String s) {
        return new BufferedInputStream(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headEndsAtTheFirstLineEndPastTheLimitAndTheRestRemains() throws IOException {
        InputStream in = stream("_ZN1a1bE\n_ZN1c1dE\n_ZN1e1fE\n");
        CompilerHandoff.Head head = new CompilerHandoff.Head(in, 12);
        assertEquals("_ZN1a1bE\n_ZN1c1dE\n", new String(head.readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(head.more());
        // the byte looked at by more() is handed over first, then the rest
        assertEquals("ZN1e1fE\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void shortInputIsReadWholeWithNothingToHandOver() throws IOException {
        CompilerHandoff.Head head = new CompilerHandoff.Head(stream("_ZN1a1bE\nlast line without end"), 1 << 20);
        assertEquals("_ZN1a1bE\nlast line without end", new String(head.readAllBytes(), StandardCharsets.UTF_8));
        assertFalse(head.more());
    }

    /** Files count by size (compressed ones 8 times), a missing one not at all: it is reported when opened. */
    @Test
    void knownBytesAddsTheFilesSizes(@TempDir Path dir) throws IOException {
        Path plain = Files.write(dir.resolve("nm.txt"), new byte[1000]);
        Path packed = Files.write(dir.resolve("nm.txt.gz"), new byte[100]);
        assertEquals(1000 + 800, CompilerHandoff.knownBytes(List.of(plain.toString(), packed.toString(),
                dir.resolve("missing.txt").toString())));
    }

    @Test
    void withoutTheLaunchersPropertyNothingIsHandedOver() {
        assertEquals(-1, CompilerHandoff.threshold());
    }
}
