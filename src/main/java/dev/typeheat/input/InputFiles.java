package dev.typeheat.input;

import com.github.luben.zstd.ZstdInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files, decompressing gzip and zstd transparently. The compression is recognised by
 * its magic bytes, not the file name, so a renamed or piped file still works.
 */
public final class InputFiles {
    static final int BUFFER = 1 << 16;

    private InputFiles() {
    }

    /** Which compression a stream starts with. */
    public enum Compression { NONE, GZIP, ZSTD }

    /** Files at least this big show a progress bar when a person watches. */
    static final long PROGRESS_FROM = 16L << 20;

    /** Opens a file for reading its (decompressed) bytes. */
    public static InputStream open(Path file) {
        return open(file, Delivery.READ_AHEAD, true);
    }

    /**
     * Opens a file for reading its (decompressed) bytes on the calling thread only: for a reader that runs on a
     * thread of its own and wants the bytes decompressed straight into its own arrays, in big reads (no buffer
     * in between: through one, a quarter of a profile's pages was copied once more).
     */
    public static InputStream openOnThisThread(Path file) {
        return open(file, Delivery.DIRECT, true);
    }

    /**
     * {@link #openOnThisThread}, for a file read whole before: its zstd checksums were checked then and are not
     * computed again ({@link ZstdWithoutChecksums}).
     */
    public static InputStream reopenOnThisThread(Path file) {
        return open(file, Delivery.DIRECT, false);
    }

    /** How the decompressed bytes reach the reader. */
    private enum Delivery {
        /** Decompressed on a thread of its own, ahead of the reader. */
        READ_AHEAD,
        /** Through a buffer, for small reads. */
        BUFFERED,
        /** As the decompressor hands them over, for big reads. */
        DIRECT
    }

    private static InputStream open(Path file, Delivery delivery, boolean checksums) {
        try {
            // FileInputStream, not Files.newInputStream: the latter's available() seeks, which a pipe refuses
            InputStream raw = new java.io.FileInputStream(file.toFile());
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size >= PROGRESS_FROM && Terminal.interactive()) {
                raw = new ProgressInputStream(raw, file.getFileName().toString(), size);
            }
            return decompressed(new BufferedInputStream(raw, BUFFER), file.toString(), delivery, checksums);
        } catch (java.io.FileNotFoundException e) {
            throw new InputException(file.toString(), Files.isDirectory(file) ? "is a directory"
                    : Files.exists(file) ? cannotOpen(e, file) : "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot open: " + e.getMessage(), e);
        }
    }

    /**
     * Why a file could not be opened, without the path Java puts in front ({@code /x/y (Permission denied)}
     * becomes {@code cannot open: permission denied}): messages name the file once, at their start.
     */
    static String cannotOpen(java.io.FileNotFoundException e, Path file) {
        String why = String.valueOf(e.getMessage());
        String prefix = file + " (";
        if (why.startsWith(prefix) && why.endsWith(")")) {
            why = why.substring(prefix.length(), why.length() - 1);
        }
        return "cannot open: " + (why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1));
    }

    /** Opens standard input the same way as a file ({@code -} on the command line). */
    public static InputStream openStdin() {
        try {
            return decompressed(new BufferedInputStream(System.in, BUFFER), "<stdin>", Delivery.BUFFERED, true);
        } catch (IOException e) {
            throw new InputException("<stdin>", "cannot read: " + e.getMessage());
        }
    }

    /** Detects the compression of a file from its first bytes. */
    public static Compression compressionOf(Path file) throws IOException {
        try (InputStream in = new java.io.FileInputStream(file.toFile())) {
            byte[] head = in.readNBytes(4);
            return compressionOf(head);
        }
    }

    static Compression compressionOf(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Compression.GZIP;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5
                && (head[2] & 0xff) == 0x2f && (head[3] & 0xff) == 0xfd) {
            return Compression.ZSTD;
        }
        return Compression.NONE;
    }

    /**
     * The decompressed text of {@code in}. From a regular file ({@code readAhead}) it is decompressed on a
     * thread of its own, ahead of the reader (2 cores: decompressing a 5.5 GB profile costs as much as reading it).
     */
    static InputStream decompressed(BufferedInputStream in, String where, boolean readAhead) throws IOException {
        return decompressed(in, where, readAhead ? Delivery.READ_AHEAD : Delivery.BUFFERED, true);
    }

    private static InputStream decompressed(BufferedInputStream in, String where, Delivery delivery, boolean checksums)
            throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        switch (compressionOf(head)) {
            case GZIP:
                return text(new DecompressedStream(new GZIPInputStream(in, BUFFER), where, "gzip"), where, delivery);
            case ZSTD:
                try {
                    ZstdInputStream z = new ZstdInputStream(checksums ? in : new ZstdWithoutChecksums(in));
                    // zstd refuses windows past 128 MiB unless allowed: a file compressed with --long (up to 2 GiB)
                    // is read all the same; a window is only as big as its frame asks (the shipped warp profile: 4 MiB)
                    z.setLongMax(31);
                    return text(new DecompressedStream(z, where, "zstd"), where, delivery);
                } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                    throw new InputException(where, "zstd support is not available on this platform: " + e.getMessage());
                }
            default:
                return in;
        }
    }

    private static InputStream text(DecompressedStream decompressed, String where, Delivery delivery) {
        return switch (delivery) {
            case READ_AHEAD -> new ReadAheadInputStream(decompressed, where);
            case BUFFERED -> new BufferedInputStream(decompressed, BUFFER);
            case DIRECT -> decompressed;
        };
    }
}
