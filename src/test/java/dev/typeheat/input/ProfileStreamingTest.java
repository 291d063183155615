package dev.typeheat.input;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A compressed self-profile, streamed, reads exactly like the plain file. */
class ProfileStreamingTest {
    @TempDir
    Path tmp;

    @Test
    void compressedAndPlainProfilesGiveTheSameData() throws IOException {
        Path gz = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");
        Path plain = tmp.resolve("iter.mm_profdata");
        try (InputStream in = InputFiles.open(gz)) {
            Files.copy(in, plain);
        }
        Path zst = tmp.resolve("iter.mm_profdata.zst");
        try (OutputStream out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(zst))) {
            Files.copy(plain, out);
        }
        ProfileData expected = ProfileReader.read(plain);
        for (Path compressed : List.of(gz, zst)) {
            ProfileData d = ProfileReader.read(compressed);
            assertEquals(expected.rows(), d.rows(), compressed.toString());
            assertEquals(expected.totalCpuNanos(), d.totalCpuNanos());
            assertEquals(expected.events(), d.events());
            assertEquals(expected.distinctArguments(), d.distinctArguments());
            assertEquals(expected.arguments(), d.arguments(), compressed.toString());
        }
        assertTrue(expected.arguments().size() > 100, "arguments read: " + expected.arguments().size());
    }
}
