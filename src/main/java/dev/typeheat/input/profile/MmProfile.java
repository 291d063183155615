package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A measureme {@code .mm_profdata} file (format version 9): the page directory, the three streams, the
 * string table and the event records. Opening a plain file reads only the page headers; everything else
 * is read on demand from the file. A compressed file is read as a stream (see {@link #open}).
 */
public final class MmProfile implements Closeable {
    static final int SUPPORTED_VERSION = 9;
    private static final int EVENT_SIZE = 32;

    private final String where;
    private final FileChannel channel;
    private final PagedStream events;
    private final PagedStream strings;
    private final PagedStream index;
    private StringTable table;

    private MmProfile(String where, FileChannel channel) {
        this.where = where;
        this.channel = channel;
        this.events = new PagedStream(channel, where, "events");
        this.strings = new PagedStream(channel, where, "string data");
        this.index = new PagedStream(channel, where, "string index");
    }

    /**
     * Opens and checks a profile file. A plain file is read in place; a compressed one is streamed: one
     * pass keeps the events, the string index and the short string entries (small), and the long entries
     * asked for are fetched by later passes ({@link StreamedStringData}), so nothing is unpacked to disk.
     */
    public static MmProfile open(Path file, String where) {
        FileChannel ch;
        InputFiles.Compression compression;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            compression = InputFiles.compressionOf(file);
        } catch (NoSuchFileException e) {
            throw new InputException(where, "no such file");
        } catch (IOException e) {
            throw new InputException(where, "cannot open: " + e.getMessage());
        }
        MmProfile p = new MmProfile(where, ch);
        try {
            StringData data;
            byte[] stringsHead;
            if (compression == InputFiles.Compression.NONE) {
                p.readPages();
                data = new FileStringData(p.strings, where);
                stringsHead = new byte[(int) Math.min(8, p.strings.length())];
                p.strings.read(0, stringsHead, 0, stringsHead.length);
            } else {
                ShortEntries shortEntries = new ShortEntries();
                stringsHead = p.streamPages(file, shortEntries);
                data = new StreamedStringData(file, where, p.strings.length(), shortEntries);
            }
            p.checkStream(p.events, "MMES", "events");
            checkStream(stringsHead, p.strings.length(), "MMSD", "string data", where);
            p.checkStream(p.index, "MMSI", "string index");
            if ((p.events.length() - 8) % EVENT_SIZE != 0) {
                throw new InputException(where, "event stream is " + p.events.length()
                        + " bytes, not a whole number of 32-byte events: the profile is truncated");
            }
            p.table = new StringTable(data, p.index, where);
            return p;
        } catch (RuntimeException e) {
            p.closeQuietly();
            throw e;
        }
    }

    /**
     * The first pass over a compressed profile: events and string index kept, string data counted and its
     * short entries kept.
     */
    private byte[] streamPages(Path file, ShortEntries shortEntries) {
        byte[] head = new byte[8];
        int[] headLength = {0};
        PageWalk.walk(file, where, (stream, offset, payload, length) -> {
            switch (stream) {
                case PageWalk.EVENTS -> events.addPage(java.util.Arrays.copyOf(payload, length));
                case PageWalk.STRING_INDEX -> index.addPage(java.util.Arrays.copyOf(payload, length));
                default -> {
                    strings.addPage(-1, length);
                    shortEntries.page(payload, length);
                    int n = Math.min(8 - headLength[0], length);
                    System.arraycopy(payload, 0, head, headLength[0], n);
                    headLength[0] += n;
                }
            }
            return true;
        });
        return java.util.Arrays.copyOf(head, headLength[0]);
    }

    /** Checks the file header: the MMPD magic and the format version. */
    static void checkHeader(byte[] head, String where) {
        if (head.length < 4 || !new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals("MMPD")) {
            throw new InputException(where, 0, 0, "not a measureme profile (no MMPD magic at the start)");
        }
        int version = head.length < 8 ? -1 : (head[4] & 0xff) | (head[5] & 0xff) << 8 | (head[6] & 0xff) << 16 | (head[7] & 0xff) << 24;
        if (version != SUPPORTED_VERSION) {
            throw new InputException(where, "measureme file format version " + version
                    + " found; typeheat reads version " + SUPPORTED_VERSION + " (rustc since 2022, measureme 10+)");
        }
    }

    private void readPages() {
        try {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(head, 0);
            byte[] headBytes = new byte[head.remaining()];
            head.get(headBytes);
            checkHeader(headBytes, where);
            ByteBuffer pageHead = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN);
            long pos = 8;
            while (pos < size) {
                if (pos + 5 > size) {
                    throw new InputException(where, "truncated profile: page header cut at byte " + pos);
                }
                pageHead.clear();
                readFully(pageHead, pos);
                int tag = pageHead.get() & 0xff;
                long length = pageHead.getInt() & 0xffffffffL;
                if (length == 0 || length > PageWalk.MAX_PAGE) {
                    throw new InputException(where, "damaged profile: page at byte " + pos + " claims " + length + " bytes");
                }
                if (pos + 5 + length > size) {
                    throw new InputException(where, "truncated profile: the page at byte " + pos + " needs " + length
                            + " bytes but the file ends after " + (size - pos - 5));
                }
                switch (tag) {
                    case PageWalk.EVENTS: events.addPage(pos + 5, (int) length); break;
                    case PageWalk.STRING_DATA: strings.addPage(pos + 5, (int) length); break;
                    case PageWalk.STRING_INDEX: index.addPage(pos + 5, (int) length); break;
                    default:
                        throw new InputException(where, "damaged profile: unknown page tag " + tag + " at byte " + pos);
                }
                pos += 5 + length;
            }
        } catch (IOException e) {
            throw new InputException(where, "cannot read: " + e.getMessage());
        }
    }

    private void readFully(ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            int n = channel.read(b, pos);
            if (n < 0) {
                throw new InputException(where, "truncated profile at byte " + pos);
            }
            pos += n;
        }
        b.flip();
    }

    private void checkStream(PagedStream s, String magic, String name) {
        byte[] head = new byte[(int) Math.min(8, s.length())];
        s.read(0, head, 0, head.length);
        checkStream(head, s.length(), magic, name, where);
    }

    private static void checkStream(byte[] head, long length, String magic, String name, String where) {
        if (length < 8 || head.length < 8) {
            throw new InputException(where, "invalid profile: no " + name + " stream");
        }
        if (!new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals(magic)) {
            throw new InputException(where, "invalid profile: " + name + " stream does not start with " + magic);
        }
        int version = (head[4] & 0xff) | (head[5] & 0xff) << 8 | (head[6] & 0xff) << 16 | (head[7] & 0xff) << 24;
        if (version != SUPPORTED_VERSION) {
            throw new InputException(where, name + " stream has version " + version + ", expected " + SUPPORTED_VERSION);
        }
    }

    long eventCount() {
        return (events.length() - 8) / EVENT_SIZE;
    }

    /** Reads event {@code i} into {@code e}. */
    void event(long i, ProfileEvent e) {
        long a = 8 + i * EVENT_SIZE;
        e.kindId = events.getLong(a);
        e.eventId = events.getLong(a + 8);
        e.thread = events.getInt(a + 16);
        long p1 = events.getInt(a + 20) & 0xffffffffL;
        long p2 = events.getInt(a + 24) & 0xffffffffL;
        long upper = events.getInt(a + 28) & 0xffffffffL;
        e.value1 = p1 | ((upper & 0xFFFF0000L) << 16);
        e.value2 = p2 | ((upper & 0x0000FFFFL) << 32);
    }

    /** The distinct kind and event-id string ids of all events (what the self-time walk resolves). */
    long[] kindAndEventIds() {
        LongLongMap seen = new LongLongMap(1 << 16);
        long[] ids = new long[1024];
        int n = 0;
        long count = eventCount();
        for (long i = 0; i < count; i++) {
            long a = 8 + i * EVENT_SIZE;
            for (int k = 0; k < 2; k++) {
                long id = events.getLong(a + 8L * k);
                if (seen.get(id, -1) < 0) {
                    seen.put(id, 1);
                    if (n == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = id;
                }
            }
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    StringTable strings() {
        return table;
    }

    /** The JSON metadata string (start_time, process_id, cmd). */
    public String metadata() {
        return table.resolve(StringTable.METADATA_ID);
    }

    String where() {
        return where;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }
}
