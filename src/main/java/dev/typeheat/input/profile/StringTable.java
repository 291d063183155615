package dev.typeheat.input.profile;

import dev.typeheat.input.Input;
import dev.typeheat.input.InputException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * measureme's string table: virtual ids resolved through the index stream, concrete ids as addresses in
 * the string-data stream, entries made of literal UTF-8 runs and 9-byte references to other strings.
 * Entries are fetched in batches ({@link #prefetch}): all wanted addresses sorted, then the entries they
 * refer to, so a plain file is read at scattered small places in file order and a compressed one is
 * streamed once per batch.
 */
final class StringTable {
    static final long MAX_VIRTUAL = 100_000_001L;
    static final long METADATA_ID = 100_000_001L;
    static final long INVALID_ID = 100_000_002L;
    static final long FIRST_CONCRETE = 100_000_003L;
    static final String UNKNOWN = "<unknown>";
    /** An event id without argument. */
    static final long NO_ARGUMENT = -1;
    private static final int REF = RawString.REF;
    private static final int MAX_NESTING = 64;
    /**
     * The most of one string typeheat expands in a small table. Entries refer to other entries, so a string
     * is longer than the table it is built from only by repeating pieces (a 1.9 KB table referring to itself
     * 200 times, 64 levels deep: 200^64 pieces); a string may expand to the larger of this and the string
     * data's own size (the warp server's profile holds a 1,834,963-byte argument), then it is cut.
     */
    static final int MIN_PER_STRING = Input.MAX_LINE;
    /**
     * The most typeheat expands of all strings together: the 3,000 costliest arguments of the warp server's
     * profile are 61 MB; 3,000 arguments each referring to one 1 MiB entry would otherwise be 3 GB.
     */
    static final long MAX_TOTAL = 256L << 20;
    /** References followed for one string at most: entries that add no text can still nest exponentially. */
    static final int MAX_REFERENCES = 1 << 20;

    private final StringData data;
    private final String where;
    private final LongLongMap index;
    /** Entries read so far, by address. */
    private final Map<Long, byte[]> entries = new HashMap<>();
    private final Map<Long, String> small = new HashMap<>();
    /** Texts handed over while their batch was read ({@link #prefetch(long[], TextSink)}), until taken. */
    private final Map<Long, EarlyText> earlyTexts = new HashMap<>();
    /**
     * Event-id entries of rustc's shape, decoded as they are read instead of kept (400,000 in the warp
     * server's profile: kept, they were most of what the garbage collector copied): address to label id,
     * and to the first argument's id ({@link #NO_ARGUMENT} when none).
     */
    private final LongLongMap eventLabels = new LongLongMap(1 << 16);
    private final LongLongMap eventArguments = new LongLongMap(1 << 16);
    private long cutStrings;
    /** The most of one string expanded: {@link #MIN_PER_STRING}, or the string data's size when larger. */
    private final int perString;
    /** What is left of {@link #MAX_TOTAL}. */
    private long bytesLeft;

    StringTable(StringData data, PagedStream indexStream, String where) {
        this(data, indexStream, where, MAX_TOTAL);
    }

    /** {@code total}: the most expanded of all strings together (tests give less than {@link #MAX_TOTAL}). */
    StringTable(StringData data, PagedStream indexStream, String where, long total) {
        this.data = data;
        this.perString = (int) Math.max(MIN_PER_STRING, Math.min(data.length(), Integer.MAX_VALUE - 16));
        this.bytesLeft = total;
        this.where = where;
        long count = (indexStream.length() - 8) / 16;
        this.index = new LongLongMap((int) Math.min(count, 1 << 26));
        for (long a = 8; a + 16 <= indexStream.length(); a += 16) {
            index.put(indexStream.getLong(a), indexStream.getLong(a + 8));
        }
    }

    /** The data-stream address of a string id, or -1 when it resolves to nothing. */
    long address(long id) {
        // ids are unsigned 64-bit numbers: a damaged id 0x8000000000000000 is past every concrete address, not virtual
        if (Long.compareUnsigned(id, MAX_VIRTUAL) <= 0) {
            long addr = index.get(id, -1);
            if (addr >= data.length() || addr < -1) {
                // Only a damaged file points outside its own streams.
                throw new InputException(where, "corrupt profile: the string data stream has no byte "
                        + String.format("%,d", addr) + " (it holds " + String.format("%,d", data.length()) + ")");
            }
            return addr;
        }
        if (id == INVALID_ID) {
            return -1;
        }
        long addr = id - FIRST_CONCRETE;
        return addr >= 8 && addr < data.length() ? addr : -1;
    }

    /**
     * Reads the entries of {@code ids} and of every string they refer to, in rounds of sorted addresses
     * (rustc's references are one level deep: an event id refers to its label and arguments).
     */
    void prefetch(long[] ids) {
        prefetch(ids, null);
    }

    /** Receives the text of a string id. */
    interface TextSink {
        void text(long id, String text);
    }

    /**
     * {@link #prefetch(long[])}, and each of {@code ids} whose entry holds no reference (its text is complete
     * when it arrives) handed to {@code early} (when not null) while the batch is read. Such a text counts
     * against what all strings may expand to only when {@link #take}n, in the caller's order as before: when
     * too little is left then, it is cut as before and differs from the one handed over.
     */
    void prefetch(long[] ids, TextSink early) {
        if (early == null) {
            fetch(ids, MAX_NESTING, null);
            return;
        }
        LongLongMap idAt = new LongLongMap(Math.max(16, ids.length * 2));
        for (long id : ids) {
            long a = address(id);
            if (a >= 0 && !idAt.containsKey(a)) {
                idAt.put(a, id);
            }
        }
        fetch(ids, MAX_NESTING, (address, raw) -> {
            if (!idAt.containsKey(address)) {
                return;
            }
            long id = idAt.get(address, -1);
            if (raw.length > perString || hasReference(raw) || small.containsKey(id) || earlyTexts.containsKey(id)) {
                return;
            }
            String text = new String(raw, StandardCharsets.UTF_8);
            earlyTexts.put(id, new EarlyText(text, raw.length));
            early.text(id, text);
        });
    }

    /** A text handed over early and the bytes it will count when taken. */
    private record EarlyText(String text, int bytes) {
    }

    private static boolean hasReference(byte[] raw) {
        for (byte b : raw) {
            if ((b & 0xff) == REF) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads event ids and what their texts need: the label an event id refers to, but not its arguments
     * (gigabytes of type text in a big profile; only the costliest are read, later), unless the event id
     * has another shape and is read as text. An event id of rustc's shape is decoded as it is read.
     */
    void prefetchEventIds(long[] ids) {
        long[] addresses = new long[ids.length];
        int n = 0;
        for (long id : ids) {
            long a = address(id);
            if (a >= 0 && !entries.containsKey(a) && !eventLabels.containsKey(a)) {
                addresses[n++] = a;
            }
        }
        long[][] needed = {new long[16]};
        int[] count = {0};
        RefConsumer need = ref -> {
            if (count[0] == needed[0].length) {
                needed[0] = Arrays.copyOf(needed[0], count[0] * 2);
            }
            needed[0][count[0]++] = ref;
        };
        data.read(distinctSorted(addresses, n), (address, raw) -> {
            if (raw.length >= 9 && (raw[0] & 0xff) == REF && eventIdShape(raw)) {
                long label = getLong(raw, 1);
                eventLabels.put(address, label);
                eventArguments.put(address, raw.length >= 19 ? getLong(raw, 11) : NO_ARGUMENT);
                need.ref(label); // the label; the rest are arguments
            } else {
                entries.put(address, raw);
                forEachRef(raw, need);
            }
        });
        fetch(Arrays.copyOf(needed[0], count[0]), MAX_NESTING, null);
    }

    /** {@code [Ref(label), ("\x1E", Ref(arg))*]}: the shape rustc writes. */
    private static boolean eventIdShape(byte[] raw) {
        int pos = 9;
        while (pos + 10 <= raw.length && raw[pos] == 0x1E && (raw[pos + 1] & 0xff) == REF) {
            pos += 10;
        }
        return pos == raw.length;
    }

    /**
     * Fetches the entries of {@code ids}, then the entries they refer to for up to {@code depth} more rounds;
     * returns the refs left. {@code firstRound} (when not null) sees each entry of the first round once kept.
     */
    private long[] fetch(long[] ids, int depth, StringData.Sink firstRound) {
        long[] wanted = ids;
        for (int round = 0; round <= depth && wanted.length > 0; round++) {
            long[] addresses = new long[wanted.length];
            int n = 0;
            for (long id : wanted) {
                long a = address(id);
                if (a >= 0 && !entries.containsKey(a)) {
                    addresses[n++] = a;
                }
            }
            addresses = distinctSorted(addresses, n);
            long[][] refs = {new long[16]};
            int[] refCount = {0};
            StringData.Sink seen = round == 0 ? firstRound : null;
            data.read(addresses, (address, raw) -> {
                entries.put(address, raw);
                forEachRef(raw, ref -> {
                    if (refCount[0] == refs[0].length) {
                        refs[0] = Arrays.copyOf(refs[0], refCount[0] * 2);
                    }
                    refs[0][refCount[0]++] = ref;
                });
                if (seen != null) {
                    seen.entry(address, raw);
                }
            });
            wanted = Arrays.copyOf(refs[0], refCount[0]);
        }
        return wanted;
    }

    private static long[] distinctSorted(long[] a, int n) {
        Arrays.sort(a, 0, n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k == 0 || a[i] != a[k - 1]) {
                a[k++] = a[i];
            }
        }
        return Arrays.copyOf(a, k);
    }

    private interface RefConsumer {
        void ref(long id);
    }

    private static void forEachRef(byte[] raw, RefConsumer out) {
        for (int i = 0; i < raw.length; i++) {
            if ((raw[i] & 0xff) == REF) {
                if (i + 9 <= raw.length) {
                    out.ref(getLong(raw, i + 1));
                }
                i += 8;
            }
        }
    }

    private static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }

    /** The entry at {@code addr}, read now when no batch brought it. */
    private byte[] entry(long addr) {
        byte[] raw = entries.get(addr);
        if (raw == null) {
            data.read(new long[] {addr}, entries::put);
            raw = entries.get(addr);
        }
        return raw;
    }

    /** The full text of a string id (cut at {@link #perString} or what is left of {@link #MAX_TOTAL}). Short strings (labels, kinds) are cached. */
    String resolve(long id) {
        String cached = small.get(id);
        if (cached != null) {
            return cached;
        }
        Expansion out = new Expansion((int) Math.min(perString, bytesLeft));
        append(id, out, 0);
        if (out.cut) {
            cutStrings++;
        }
        bytesLeft -= out.bytes.size();
        String s = out.bytes.toString(StandardCharsets.UTF_8);
        if (s.length() <= 256 && small.size() < 1_000_000) {
            small.put(id, s);
        }
        return s;
    }

    /** How many strings were cut: past {@link #perString} bytes, {@link #MAX_REFERENCES} references, or {@link #MAX_TOTAL} in all. */
    long cutStrings() {
        return cutStrings;
    }

    /** What one string and all strings may expand to, for the message when some were cut. */
    String limits() {
        String one = perString == MIN_PER_STRING ? (MIN_PER_STRING >> 20) + " MiB"
                : String.format("%,d bytes (the string data's size)", perString);
        return String.format("one string: %s or %,d references; all strings together: %d MiB", one, MAX_REFERENCES,
                MAX_TOTAL >> 20);
    }

    /** One string being expanded, with what it may still take. */
    private static final class Expansion {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int limit;
        int referencesLeft = MAX_REFERENCES;
        boolean cut;

        Expansion(int limit) {
            this.limit = limit;
        }

        /** Writes what fits under the limit; false once the string is cut. */
        boolean write(byte[] b, int from, int n) {
            int room = limit - bytes.size();
            if (n > room) {
                bytes.write(b, from, room);
                cut = true;
                return false;
            }
            bytes.write(b, from, n);
            return true;
        }

        boolean follow() {
            if (--referencesLeft < 0) {
                cut = true;
            }
            return !cut;
        }
    }

    /** The full text of a string id read once: its entry is dropped afterwards (big query arguments). */
    String take(long id) {
        EarlyText early = earlyTexts.remove(id);
        String s;
        if (early != null && !small.containsKey(id) && early.bytes() <= bytesLeft) {
            // what resolve() gives an entry without references, counted the same way
            bytesLeft -= early.bytes();
            s = early.text();
            if (s.length() <= 256 && small.size() < 1_000_000) {
                small.put(id, s);
            }
        } else {
            s = resolve(id);
        }
        long addr = address(id);
        if (addr >= 0) {
            entries.remove(addr);
        }
        return s;
    }

    private void append(long id, Expansion out, int nesting) {
        long addr = address(id);
        if (addr < 0 || nesting > MAX_NESTING) {
            byte[] unknown = UNKNOWN.getBytes(StandardCharsets.UTF_8);
            out.write(unknown, 0, unknown.length);
            return;
        }
        byte[] raw = entry(addr);
        int run = 0;
        for (int i = 0; i < raw.length; i++) {
            if ((raw[i] & 0xff) == REF) {
                if (!out.write(raw, run, i - run)) {
                    return;
                }
                if (i + 9 <= raw.length) {
                    if (!out.follow()) {
                        return;
                    }
                    append(getLong(raw, i + 1), out, nesting + 1);
                    if (out.cut) {
                        return;
                    }
                }
                i += 8;
                run = Math.min(i + 1, raw.length);
            }
        }
        out.write(raw, run, raw.length - run);
    }

    /**
     * An event id's parts without building any text: rustc writes {@code [Ref(label), "\x1E", Ref(arg0),
     * ...]}. Returns the string ids of the label and the first argument; an event id in any other shape is
     * resolved and split as text, with its label and first argument returned as text.
     */
    EventId eventId(long id) {
        long addr = address(id);
        if (addr < 0) {
            return new EventId(-1, UNKNOWN, NO_ARGUMENT, null);
        }
        if (!eventLabels.containsKey(addr)) {
            byte[] raw = entry(addr);
            if (raw.length >= 9 && (raw[0] & 0xff) == REF && eventIdShape(raw)) {
                eventLabels.put(addr, getLong(raw, 1));
                eventArguments.put(addr, raw.length >= 19 ? getLong(raw, 11) : NO_ARGUMENT);
            }
        }
        if (eventLabels.containsKey(addr)) {
            return new EventId(eventLabels.get(addr, -1), null, eventArguments.get(addr, NO_ARGUMENT), null);
        }
        String[] parts = resolve(id).split("\u001e", -1);
        return new EventId(-1, parts[0], NO_ARGUMENT, parts.length > 1 ? parts[1] : null);
    }

    /**
     * A decoded event id: the label and the first argument, each as a string id or, when not stored as a
     * reference, as text: {@code labelText} null when the label is {@code labelId}; {@code argument}
     * {@link #NO_ARGUMENT} and {@code argumentText} null when there is none.
     */
    record EventId(long labelId, String labelText, long argument, String argumentText) {
    }
}
