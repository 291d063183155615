package dev.typeheat.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines like {@code BufferedReader.readLine} ({@code \n}, {@code \r\n} or a lone
 * {@code \r} end a line; invalid UTF-8 is replaced), but keeps at most {@link #MAX_LINE} bytes of a line:
 * the rest of a longer line is read past, counted and dropped, so memory does not grow with line length
 * (a 100 MB line holds 1 MiB).
 */
final class LineSplitter {
    /**
     * The most of one line typeheat keeps: 1 MiB, 40 times the longest type rustc wrote in the shared corpus
     * (25 KB). Parsing and measuring cost about 250 bytes of heap and 6 us of CPU per byte of a deeply nested
     * type, so one line past the cap costs at most ~250 MB and a few seconds.
     */
    static final int MAX_LINE = 1 << 20;

    /** Receives each line; {@code length} is the whole line's length in bytes (more than the text's when cut). */
    interface Sink {
        void line(long number, String text, long length) throws IOException;
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[1 << 16];

    LineSplitter(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    private byte[] line = new byte[256];
    private int kept;
    private long length;
    private long number;
    private boolean cut;

    void forEach(Sink sink) throws IOException {
        boolean skipLf = false; // right after a line ended by \r: a \n next is part of that end
        for (int n; (n = in.read(buf)) >= 0; ) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (skipLf) {
                    skipLf = false;
                    if (b == '\n') {
                        start = i + 1;
                        continue;
                    }
                }
                if (b == '\n' || b == '\r') {
                    append(start, i);
                    emit(sink);
                    skipLf = b == '\r';
                    start = i + 1;
                }
            }
            append(start, n);
        }
        if (length > 0) {
            emit(sink);
        }
    }

    /** Adds {@code buf[from, to)} to the line: kept up to the limit, counted beyond it. */
    private void append(int from, int to) {
        int take = to - from;
        int room = cut ? 0 : (int) Math.min(take, (long) max - kept);
        if (room < take && !cut) {
            cut = true; // the rest of this line is counted, not kept
            while (room > 0 && (buf[from + room] & 0xC0) == 0x80) {
                room--; // cut before a character, not inside one: the kept text stays valid UTF-8
            }
        }
        if (room > 0) {
            if (kept + room > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(max, Math.max(kept + room, 2L * line.length)));
            }
            System.arraycopy(buf, from, line, kept, room);
            kept += room;
        }
        length += take;
    }

    private void emit(Sink sink) throws IOException {
        String text = new String(line, 0, kept, StandardCharsets.UTF_8);
        long whole = length;
        kept = 0;
        length = 0;
        cut = false;
        if (line.length > 1 << 16) {
            line = new byte[256]; // after a long line: give the memory back
        }
        sink.line(++number, text, whole);
    }
}
