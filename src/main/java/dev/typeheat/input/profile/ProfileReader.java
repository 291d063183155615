package dev.typeheat.input.profile;

import dev.typeheat.input.Input;
import dev.typeheat.input.InputException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a self-profile in either form: measureme's {@code .mm_profdata} or crox's
 * {@code chrome_profiler.json}, plain or compressed. A compressed {@code .mm_profdata} is streamed
 * (see {@link MmProfile#open}), never unpacked to disk.
 */
public final class ProfileReader {
    private ProfileReader() {
    }

    /**
     * Reads an opened input. A {@code .mm_profdata} in a regular file is read by path (in place, or streamed
     * pass by pass when compressed); one that arrives through a pipe or standard input can be read only
     * once, so it is copied to a temporary file first (removed at the end, or at exit if interrupted). A
     * Chrome trace is read from the input's one stream.
     */
    public static ProfileData read(Input in) {
        return read(in, ArgumentListener.NONE);
    }

    /** {@link #read(Input)}, handing the costliest arguments of a {@code .mm_profdata} to {@code listener} as they are read. */
    public static ProfileData read(Input in, ArgumentListener listener) {
        String where = in.name();
        byte[] head = in.head();
        if (head.length >= 4 && head[0] == 'M' && head[1] == 'M' && head[2] == 'P' && head[3] == 'D') {
            if (in.regularFile().isPresent()) {
                return new MmProfileReader().read(in.regularFile().get(), where, listener);
            }
            Path tmp = null;
            try {
                tmp = Files.createTempFile("typeheat-", ".mm_profdata");
                tmp.toFile().deleteOnExit();
                copyCheckingPages(in.stream(), tmp, where);
                return new MmProfileReader().read(tmp, where, listener);
            } catch (IOException e) {
                throw new InputException(where, "cannot copy the profile to a temporary file: " + e.getMessage());
            } finally {
                deleteQuietly(tmp);
            }
        }
        for (byte b : head) {
            if (!Character.isWhitespace(b)) {
                if (b == '{' || b == '[') {
                    return new CroxReader().read(in.stream(), where);
                }
                break;
            }
        }
        throw new InputException(where, 0, 0,
                "not a self-profile: neither measureme's MMPD magic nor a Chrome trace (JSON) at the start");
    }

    /**
     * Copies a profile arriving through a pipe page by page, each page checked as it comes: a damaged one
     * (a compressed run of zeros claiming to be a profile) stops the copy at once instead of after gigabytes.
     */
    private static void copyCheckingPages(InputStream in, Path tmp, String where) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            out.write(new byte[] {'M', 'M', 'P', 'D', MmProfile.SUPPORTED_VERSION, 0, 0, 0});
            IOException[] failed = {null};
            PageWalk.walk(in, where, (stream, offset, payload, length) -> {
                try {
                    out.write(new byte[] {(byte) stream, (byte) length, (byte) (length >>> 8), (byte) (length >>> 16),
                            (byte) (length >>> 24)});
                    out.write(payload, 0, length);
                    return true;
                } catch (IOException e) {
                    failed[0] = e;
                    return false;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // deleteOnExit is still registered
        }
    }

    /**
     * Reads a profile file: opened once, recognised from that opening's buffered head (a named pipe or
     * {@code /dev/stdin} is read as the stream it is), then read as {@link #read(Input)} does.
     */
    public static ProfileData read(Path file) {
        try (Input in = Input.open(file)) {
            return read(in);
        }
    }
}
