package dev.typeheat.input.profile;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages cut on the decompressing thread reach the reader as the stream holds them, in batches of any size,
 * then the stream's failure after every page before it; a pass that stops early leaves no thread behind.
 */
class PageReadAheadTest {
    @TempDir
    Path tmp;

    private static final Path GZ = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");

    /** Every page of {@code file} as tag, offset and bytes, read on the calling thread. */
    private static List<String> pagesInPlace(Path file) throws IOException {
        List<String> pages = new ArrayList<>();
        try (InputStream in = InputFiles.openOnThisThread(file)) {
            PageWalk.walk(in, file.toString(), (stream, offset, payload, length) ->
                    pages.add(stream + " " + offset + " " + Arrays.hashCode(Arrays.copyOf(payload, length))));
        }
        return pages;
    }

    /** Batches of one page, of a few (the file's pages are 256 KiB), of more than the file holds. */
    private static final int[] BATCHES = {1, 3 << 18, PageReadAhead.BATCH_BYTES};

    @Test
    void pagesArriveAsTheStreamHoldsThem() throws IOException {
        List<String> expected = pagesInPlace(GZ);
        assertTrue(expected.size() > PageReadAhead.DEPTH * 2 * 3, "pages: " + expected.size());
        for (int batch : BATCHES) {
            List<String> read = new ArrayList<>();
            PageWalk.walk(GZ, GZ.toString(), batch, (stream, offset, payload, length) ->
                    read.add(stream + " " + offset + " " + Arrays.hashCode(Arrays.copyOf(payload, length))));
            assertEquals(expected, read, "batches of " + batch + " bytes");
        }
    }

    @Test
    void aLaterPassOnTheCallingThreadSeesTheSamePages() throws IOException {
        List<String> read = new ArrayList<>();
        PageWalk.walkAgain(GZ, GZ.toString(), (stream, offset, payload, length) ->
                read.add(stream + " " + offset + " " + Arrays.hashCode(Arrays.copyOf(payload, length))));
        assertEquals(pagesInPlace(GZ), read);
    }

    @Test
    @Timeout(30)
    void aCutStreamFailsAfterItsWholePages() throws IOException {
        byte[] plain;
        try (InputStream in = InputFiles.open(GZ)) {
            plain = in.readAllBytes();
        }
        Path cut = tmp.resolve("cut.mm_profdata.zst");
        try (OutputStream out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(cut))) {
            out.write(plain, 0, plain.length / 2);
        }
        int before = pagesInPlaceUntilCut(cut);
        for (int batch : BATCHES) {
            List<Long> seen = new ArrayList<>();
            InputException e = assertThrows(InputException.class, () -> PageWalk.walk(cut, "cut", batch, (stream, offset, payload, length) -> {
                seen.add(offset);
                return true;
            }));
            assertTrue(e.getMessage().contains("truncated profile"), e.getMessage());
            assertEquals(before, seen.size(), "pages before the cut, batches of " + batch + " bytes");
        }
        assertTrue(before > PageReadAhead.DEPTH * 2, "pages before the cut: " + before);
    }

    /** The pages of a cut file before its cut, read on the calling thread. */
    private static int pagesInPlaceUntilCut(Path cut) throws IOException {
        int[] pages = {0};
        try (InputStream in = InputFiles.openOnThisThread(cut)) {
            assertThrows(InputException.class, () -> PageWalk.walk(in, "cut", (stream, offset, payload, length) -> {
                pages[0]++;
                return true;
            }));
        }
        return pages[0];
    }

    @Test
    @Timeout(30)
    void aPassStoppedEarlyEndsItsThread() {
        int[] pages = {0};
        PageWalk.walk(GZ, GZ.toString(), (stream, offset, payload, length) -> ++pages[0] < 3);
        assertEquals(3, pages[0]);
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("typeheat-pages ")),
                "no page thread left");
    }
}
