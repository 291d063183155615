package dev.typeheat.cargo;

import com.github.luben.zstd.ZstdOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compresses a raw self-profile once it has been read. Profiles with query arguments repeat the same type
 * strings over gigabytes: zstd's long window (2^27, within every decoder's default limit) at level 1 makes a
 * 1 GB stretch of a real 5.5 GB warp profile 5.6 MB in about a second of one core, and typeheat reads
 * {@code .zst} files directly, so {@code typeheat diff} and {@code suggest} still work on the folder.
 */
final class ProfileArchive {
    private static final int LEVEL = 1;
    private static final int WINDOW_LOG = 27;
    private static final int MIN_WINDOW_LOG = 10;

    private ProfileArchive() {
    }

    /** Writes {@code raw} compressed to {@code into}. */
    static void compress(Path raw, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(raw);
             OutputStream out = new ZstdOutputStream(Files.newOutputStream(into)).setLevel(LEVEL)
                     .setLong(windowLog(Files.size(raw)))) {
            in.transferTo(out);
        }
    }

    /** No larger a window than the file: a small profile need not pay for 128 MB of match tables. */
    static int windowLog(long size) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
        return Math.max(MIN_WINDOW_LOG, Math.min(WINDOW_LOG, bits));
    }
}
