package dev.typeheat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small measureme {@code .mm_profdata} files (format version 9) for tests: string-table entries
 * (literal text and references to other strings), virtual ids that point at entries, and interval events.
 * The layout is measureme's: {@code MMPD} and the version, then pages (a tag byte: 0 events, 1 string data,
 * 2 string index; a little-endian u32 length; the payload), each stream starting with its own magic.
 */
public final class MmProfileBytes {
    /** Concrete string ids are addresses in the string-data stream plus this. */
    public static final long FIRST_CONCRETE = 100_000_003L;
    private static final int VERSION = 9;

    private final ByteArrayOutputStream strings = stream("MMSD");
    private final ByteArrayOutputStream index = stream("MMSI");
    private final ByteArrayOutputStream events = stream("MMES");
    private final List<byte[]> pieces = new ArrayList<>();

    private static ByteArrayOutputStream stream(String magic) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(magic.getBytes(StandardCharsets.US_ASCII));
        s.writeBytes(le(VERSION, 4));
        return s;
    }

    /** A piece of an entry: literal text. */
    public MmProfileBytes text(String text) {
        pieces.add(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A piece of an entry: a reference to string {@code id} (0xFE and the id). */
    public MmProfileBytes ref(long id) {
        byte[] b = new byte[9];
        b[0] = (byte) 0xFE;
        System.arraycopy(le(id, 8), 0, b, 1, 8);
        pieces.add(b);
        return this;
    }

    /** A piece of an entry: the argument separator rustc writes between an event's label and arguments. */
    public MmProfileBytes separator() {
        pieces.add(new byte[] {0x1E});
        return this;
    }

    /** Ends the entry made of the pieces so far (0xFF terminator); returns its concrete string id. */
    public long entry() {
        long address = strings.size();
        pieces.forEach(strings::writeBytes);
        strings.write(0xFF);
        pieces.clear();
        return FIRST_CONCRETE + address;
    }

    /** Makes virtual id {@code virtualId} stand for the entry with concrete id {@code concrete}. */
    public MmProfileBytes virtual(long virtualId, long concrete) {
        index.writeBytes(le(virtualId, 8));
        index.writeBytes(le(concrete - FIRST_CONCRETE, 8));
        return this;
    }

    /** An interval event from {@code start} to {@code end} nanoseconds on thread 1. */
    public MmProfileBytes interval(long kindId, long eventId, long start, long end) {
        events.writeBytes(le(kindId, 8));
        events.writeBytes(le(eventId, 8));
        events.writeBytes(le(1, 4));
        events.writeBytes(le(start & 0xFFFFFFFFL, 4));
        events.writeBytes(le(end & 0xFFFFFFFFL, 4));
        events.writeBytes(le(((start >>> 32) << 16) | (end >>> 32), 4));
        return this;
    }

    /** The whole file. */
    public byte[] bytes() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("MMPD".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(le(VERSION, 4));
        page(file, 0, events.toByteArray());
        page(file, 1, strings.toByteArray());
        page(file, 2, index.toByteArray());
        return file.toByteArray();
    }

    private static void page(ByteArrayOutputStream file, int tag, byte[] payload) {
        file.write(tag);
        file.writeBytes(le(payload.length, 4));
        file.writeBytes(payload);
    }

    private static byte[] le(long v, int n) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v);
        byte[] out = new byte[n];
        System.arraycopy(b.array(), 0, out, 0, n);
        return out;
    }

    /**
     * A string-table bomb: three query events whose label (virtual id 7) is {@code "ab"} followed by
     * {@code refs} references to itself, so it expands to {@code refs^nesting} pieces.
     */
    public static byte[] selfReferringLabel(int refs) {
        MmProfileBytes p = new MmProfileBytes();
        long kind = p.text("Query").entry();
        p.text("ab");
        for (int i = 0; i < refs; i++) {
            p.ref(7);
        }
        p.virtual(7, p.entry());
        for (int i = 0; i < 3; i++) {
            p.interval(kind, 7, 10L * i, 10L * i + 5);
        }
        return p.bytes();
    }
}
