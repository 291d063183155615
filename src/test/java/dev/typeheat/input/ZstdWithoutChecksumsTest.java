package dev.typeheat.input;

import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A zstd file read again without its checksums decompresses to the same bytes, whatever its frames and blocks
 * hold, and its checksums are no longer computed.
 */
class ZstdWithoutChecksumsTest {
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream plain = new ByteArrayOutputStream();

    /** Text (compressed blocks), random bytes (raw blocks) and a run of one byte (RLE blocks). */
    private static byte[] content(int seed) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 20_000; i++) {
            b.writeBytes(("Vec<Option<Box<dyn Fn(u" + (i % 97) + ")>>> ").getBytes(StandardCharsets.US_ASCII));
        }
        byte[] random = new byte[300_000];
        new Random(seed).nextBytes(random);
        b.writeBytes(random);
        b.writeBytes(new byte[400_000]);
        return b.toByteArray();
    }

    private void frame(byte[] content, boolean checksum, boolean contentSize) {
        try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
            ctx.setLevel(3).setChecksum(checksum).setContentSize(contentSize);
            compressed.writeBytes(ctx.compress(content));
        }
        plain.writeBytes(content);
    }

    private void streamedFrame(byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZstdOutputStream out = new ZstdOutputStream(b)) {
            out.setChecksum(true);
            out.write(content);
        }
        compressed.writeBytes(b.toByteArray());
        plain.writeBytes(content);
    }

    private void skippableFrame(byte[] bytes) {
        compressed.writeBytes(new byte[] {0x53, 0x2A, 0x4D, 0x18, (byte) bytes.length, (byte) (bytes.length >>> 8), 0, 0});
        compressed.writeBytes(bytes);
    }

    private static byte[] decompress(byte[] zstd, boolean withoutChecksums) throws IOException {
        InputStream source = new ByteArrayInputStream(zstd);
        try (InputStream in = new ZstdInputStream(withoutChecksums ? new ZstdWithoutChecksums(source) : source)) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyKindOfFrameAndBlockDecompressesAsBefore() throws IOException {
        frame(content(1), true, true);
        skippableFrame("not zstd data \u00fe\u00ff".getBytes(StandardCharsets.UTF_8));
        frame(content(2), false, true);
        streamedFrame(content(3));
        frame(content(4), true, false);
        frame(new byte[0], true, true);
        frame("short".getBytes(StandardCharsets.US_ASCII), true, true);
        byte[] zstd = compressed.toByteArray();
        assertArrayEquals(plain.toByteArray(), decompress(zstd, false));
        assertArrayEquals(plain.toByteArray(), decompress(zstd, true));
    }

    @Test
    void aChecksumIsNotComputedAnyMore() throws IOException {
        frame(content(5), true, true);
        byte[] zstd = compressed.toByteArray();
        zstd[zstd.length - 1] ^= 1; // the last byte of the frame is its checksum's
        assertThrows(IOException.class, () -> decompress(zstd, false));
        assertArrayEquals(plain.toByteArray(), decompress(zstd, true));
    }

    @Test
    void aCutFileStillFails() {
        frame(content(6), true, true);
        byte[] zstd = compressed.toByteArray();
        for (int cut : new int[] {3, 5, 12, zstd.length / 2, zstd.length - 6}) {
            byte[] head = Arrays.copyOf(zstd, cut);
            assertThrows(IOException.class, () -> decompress(head, true), "cut at " + cut);
        }
    }
}
