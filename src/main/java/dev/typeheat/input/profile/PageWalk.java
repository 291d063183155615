package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * One front-to-back pass over a {@code .mm_profdata} read as a stream (a compressed file, decompressed
 * on the fly): the header is checked, then each page is handed over with its stream and its offset in
 * that stream. Nothing is kept; a pass can stop early.
 */
final class PageWalk {
    static final int EVENTS = 0;
    static final int STRING_DATA = 1;
    static final int STRING_INDEX = 2;
    static final int MAX_PAGE = 1 << 24;

    /** Receives the pages; {@code payload[0..length)} is only valid during the call. */
    interface Visitor {
        /** Returns false to end the pass here. */
        boolean page(int stream, long streamOffset, byte[] payload, int length);
    }

    private PageWalk() {
    }

    /** A pass over a compressed file, decompressed and cut into pages on a thread of its own ({@link PageReadAhead}). */
    static void walk(Path file, String where, Visitor visitor) {
        walk(file, where, PageReadAhead.BATCH_BYTES, visitor);
    }

    /**
     * A later pass over a compressed file that a first pass read whole: decompressed on the calling thread,
     * which would only wait for the pages otherwise (a hand-over per batch costs more than it saves when the
     * reader has nothing to do meanwhile), its zstd checksums not computed again.
     */
    static void walkAgain(Path file, String where, Visitor visitor) {
        try (InputStream in = InputFiles.reopenOnThisThread(file)) {
            walk(in, where, visitor);
        } catch (IOException e) {
            // closing the file failed after the pass: nothing is lost
        }
    }

    /** {@link #walk(Path, String, Visitor)}, the pages handed over in batches of {@code batchBytes}. */
    static void walk(Path file, String where, int batchBytes, Visitor visitor) {
        try (PageReadAhead pages = new PageReadAhead(file, where, batchBytes)) {
            for (PageReadAhead.Page p = pages.next(); p != null; p = pages.next()) {
                boolean more = visitor.page(p.stream(), p.offset(), p.bytes(), p.length());
                pages.done(p);
                if (!more) {
                    return;
                }
            }
        }
    }

    /** A pass over a profile arriving as a stream (decompressed), checking each page as it comes. */
    static void walk(InputStream in, String where, Visitor visitor) {
        byte[][] payload = {new byte[1 << 18]};
        walk(in, where, length -> {
            if (payload[0].length < length) {
                payload[0] = new byte[length];
            }
            return payload[0];
        }, visitor);
    }

    /**
     * A pass over a profile arriving as a stream, each page read into an array of at least its length from
     * {@code buffers} (the visitor may keep it).
     */
    static void walk(InputStream in, String where, IntFunction<byte[]> buffers, Visitor visitor) {
        try {
            byte[] head = in.readNBytes(8);
            MmProfile.checkHeader(head, where);
            byte[] pageHead = new byte[5];
            long[] offsets = new long[3];
            long pos = 8;
            while (true) {
                int n = in.readNBytes(pageHead, 0, 5);
                if (n == 0) {
                    return;
                }
                if (n < 5) {
                    throw new InputException(where, "truncated profile: page header cut at byte " + pos);
                }
                int tag = pageHead[0] & 0xff;
                long length = (pageHead[1] & 0xffL) | (pageHead[2] & 0xffL) << 8 | (pageHead[3] & 0xffL) << 16
                        | (pageHead[4] & 0xffL) << 24;
                if (length == 0 || length > MAX_PAGE) {
                    throw new InputException(where, "damaged profile: page at byte " + pos + " claims " + length + " bytes");
                }
                if (tag > STRING_INDEX) {
                    throw new InputException(where, "damaged profile: unknown page tag " + tag + " at byte " + pos);
                }
                byte[] payload = buffers.apply((int) length);
                int got = in.readNBytes(payload, 0, (int) length);
                if (got < length) {
                    throw new InputException(where, "truncated profile: the page at byte " + pos + " needs " + length
                            + " bytes but the file ends after " + got);
                }
                if (!visitor.page(tag, offsets[tag], payload, got)) {
                    return;
                }
                offsets[tag] += length;
                pos += 5 + length;
            }
        } catch (IOException e) {
            throw new InputException(where, "cannot read: " + e.getMessage());
        }
    }
}
