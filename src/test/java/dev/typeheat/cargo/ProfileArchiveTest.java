package dev.typeheat.cargo;

import com.github.luben.zstd.ZstdInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void compressedProfilesReadBackByteForByteAndMuchSmaller() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("evaluate_obligation\u0000warp::filter::or::Or<warp::filter::map::Map<A").append(i % 97).append(">, B>\n");
        }
        byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
        Path profile = tmp.resolve("app-1.mm_profdata");
        Files.write(profile, raw);
        Path packed = tmp.resolve("app-1.mm_profdata.zst");
        ProfileArchive.compress(profile, packed);
        try (InputStream in = new ZstdInputStream(Files.newInputStream(packed))) {
            assertArrayEquals(raw, in.readAllBytes());
        }
        assertTrue(Files.size(packed) * 20 < raw.length, Files.size(packed) + " of " + raw.length);
    }

    @Test
    void theWindowIsNoLargerThanTheFileAndAtMostWhatEveryDecoderAccepts() {
        assertEquals(10, ProfileArchive.windowLog(0));
        assertEquals(17, ProfileArchive.windowLog(89_100));
        assertEquals(17, ProfileArchive.windowLog(1 << 17));
        assertEquals(18, ProfileArchive.windowLog((1 << 17) + 1));
        assertEquals(27, ProfileArchive.windowLog(5_500_000_000L));
    }
}
