package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a self-profile in either form: measureme's {@code .mm_profdata} or crox's
 * {@code chrome_profiler.json}, plain or compressed. A compressed {@code .mm_profdata} is streamed
 * (see {@link MmProfile#open}), never unpacked to disk.
 */
public final class ProfileReader {
    private ProfileReader() {
    }

    public static ProfileData read(Path file) {
        String where = file.toString();
        if (isMmProfile(file)) {
            return new MmProfileReader().read(file, where);
        }
        if (!looksLikeJson(file)) {
            throw new InputException(where, 0, 0,
                    "not a self-profile: neither measureme's MMPD magic nor a Chrome trace (JSON) at the start");
        }
        return new CroxReader().read(file, where);
    }

    private static boolean looksLikeJson(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                if (!Character.isWhitespace(b)) {
                    return b == '{' || b == '[';
                }
            }
            return false;
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static boolean isMmProfile(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'M' && head[1] == 'M' && head[2] == 'P' && head[3] == 'D';
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
