package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;

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
 * string table and the event records. Opening reads only the page headers; everything else is read on
 * demand from the file.
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

    /** Opens and checks a (decompressed) profile file. */
    public static MmProfile open(Path file, String where) {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new InputException(where, "no such file");
        } catch (IOException e) {
            throw new InputException(where, "cannot open: " + e.getMessage());
        }
        MmProfile p = new MmProfile(where, ch);
        try {
            p.readPages();
            p.checkStream(p.events, "MMES", "events");
            p.checkStream(p.strings, "MMSD", "string data");
            p.checkStream(p.index, "MMSI", "string index");
            if ((p.events.length() - 8) % EVENT_SIZE != 0) {
                throw new InputException(where, "event stream is " + p.events.length()
                        + " bytes, not a whole number of 32-byte events: the profile is truncated");
            }
            p.table = new StringTable(p.strings, p.index);
            return p;
        } catch (RuntimeException e) {
            p.closeQuietly();
            throw e;
        }
    }

    private void readPages() {
        try {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(head, 0);
            byte[] magic = new byte[4];
            head.get(magic);
            if (!new String(magic, StandardCharsets.ISO_8859_1).equals("MMPD")) {
                throw new InputException(where, 0, 0, "not a measureme profile (no MMPD magic at the start)");
            }
            int version = head.getInt();
            if (version != SUPPORTED_VERSION) {
                throw new InputException(where, "measureme file format version " + version
                        + " found; typeheat reads version " + SUPPORTED_VERSION + " (rustc since 2022, measureme 10+)");
            }
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
                if (length == 0 || length > (1 << 24)) {
                    throw new InputException(where, "damaged profile: page at byte " + pos + " claims " + length + " bytes");
                }
                if (pos + 5 + length > size) {
                    throw new InputException(where, "truncated profile: the page at byte " + pos + " needs " + length
                            + " bytes but the file ends after " + (size - pos - 5));
                }
                switch (tag) {
                    case 0: events.addPage(pos + 5, (int) length); break;
                    case 1: strings.addPage(pos + 5, (int) length); break;
                    case 2: index.addPage(pos + 5, (int) length); break;
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
        if (s.length() < 8) {
            throw new InputException(where, "invalid profile: no " + name + " stream");
        }
        byte[] m = new byte[4];
        s.read(0, m, 0, 4);
        if (!new String(m, StandardCharsets.ISO_8859_1).equals(magic)) {
            throw new InputException(where, "invalid profile: " + name + " stream does not start with " + magic);
        }
        int version = s.getInt(4);
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
