package dev.typeheat.input.profile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * measureme's string table: virtual ids resolved through the index stream, concrete ids as addresses in
 * the string-data stream, entries made of literal UTF-8 runs and 9-byte references to other strings.
 */
final class StringTable {
    static final long MAX_VIRTUAL = 100_000_001L;
    static final long METADATA_ID = 100_000_001L;
    static final long INVALID_ID = 100_000_002L;
    static final long FIRST_CONCRETE = 100_000_003L;
    static final String UNKNOWN = "<unknown>";
    private static final int TERMINATOR = 0xFF;
    private static final int REF = 0xFE;
    private static final int MAX_NESTING = 64;

    private final PagedStream data;
    private final LongLongMap index;
    private final Map<Long, String> small = new HashMap<>();

    StringTable(PagedStream data, PagedStream indexStream) {
        this.data = data;
        long entries = (indexStream.length() - 8) / 16;
        this.index = new LongLongMap((int) Math.min(entries, 1 << 26));
        for (long a = 8; a + 16 <= indexStream.length(); a += 16) {
            index.put(indexStream.getLong(a), indexStream.getLong(a + 8));
        }
    }

    /** The data-stream address of a string id, or -1 when it resolves to nothing. */
    long address(long id) {
        if (id <= MAX_VIRTUAL) {
            return index.get(id, -1);
        }
        if (id == INVALID_ID) {
            return -1;
        }
        long addr = id - FIRST_CONCRETE;
        return addr >= 8 && addr < data.length() ? addr : -1;
    }

    /** The full text of a string id. Short strings (labels, kinds) are cached. */
    String resolve(long id) {
        String cached = small.get(id);
        if (cached != null) {
            return cached;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        append(id, out, 0);
        String s = out.toString(StandardCharsets.UTF_8);
        if (s.length() <= 256 && small.size() < 1_000_000) {
            small.put(id, s);
        }
        return s;
    }

    private void append(long id, ByteArrayOutputStream out, int nesting) {
        long addr = address(id);
        if (addr < 0 || nesting > MAX_NESTING) {
            out.writeBytes(UNKNOWN.getBytes(StandardCharsets.UTF_8));
            return;
        }
        long end = data.length();
        byte[] buf = new byte[4096];
        while (addr < end) {
            int b = data.get(addr) & 0xff;
            if (b == TERMINATOR) {
                return;
            }
            if (b == REF) {
                append(data.getLong(addr + 1), out, nesting + 1);
                addr += 9;
                continue;
            }
            // a literal run up to the next 0xFE / 0xFF
            int n = 0;
            while (addr + n < end) {
                int c = data.get(addr + n) & 0xff;
                if (c == TERMINATOR || c == REF) {
                    break;
                }
                n++;
                if (n == buf.length) {
                    break;
                }
            }
            data.read(addr, buf, 0, n);
            out.write(buf, 0, n);
            addr += n;
        }
    }

    /**
     * An event id's parts without building the arguments' text: rustc writes {@code [Ref(label), "\x1E",
     * Ref(arg0), ...]}. Returns the label and the string ids of the arguments; an event id in any other
     * shape is resolved and split as text, with arguments returned as text.
     */
    EventId eventId(long id) {
        long addr = address(id);
        if (addr < 0) {
            return new EventId(UNKNOWN, new long[0], null);
        }
        int first = data.get(addr) & 0xff;
        if (first == REF) {
            long labelId = data.getLong(addr + 1);
            long pos = addr + 9;
            int b = data.get(pos) & 0xff;
            if (b == TERMINATOR) {
                return new EventId(resolve(labelId), new long[0], null);
            }
            long[] args = new long[2];
            int count = 0;
            while (b == 0x1E && (data.get(pos + 1) & 0xff) == REF) {
                if (count == args.length) {
                    args = java.util.Arrays.copyOf(args, count * 2);
                }
                args[count++] = data.getLong(pos + 2);
                pos += 10;
                b = data.get(pos) & 0xff;
            }
            if (b == TERMINATOR) {
                return new EventId(resolve(labelId), java.util.Arrays.copyOf(args, count), null);
            }
        }
        String text = resolve(id);
        String[] parts = text.split("\u001e", -1);
        String[] argTexts = new String[parts.length - 1];
        System.arraycopy(parts, 1, argTexts, 0, argTexts.length);
        return new EventId(parts[0], new long[0], argTexts);
    }

    /** A decoded event id: the label and the arguments, as string ids or (when not stored as refs) text. */
    record EventId(String label, long[] argIds, String[] argTexts) {
        boolean hasArguments() {
            return argIds.length > 0 || (argTexts != null && argTexts.length > 0);
        }
    }
}
