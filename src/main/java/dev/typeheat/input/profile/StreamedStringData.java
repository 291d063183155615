package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * String data of a compressed profile: short entries come from those the first pass kept
 * ({@link ShortEntries}); for the others each {@link #read} is one pass over the decompressed stream that
 * keeps only the requested entries, and stops after the last of them. Nothing is unpacked to disk.
 */
final class StreamedStringData implements StringData {
    private final Path file;
    private final String where;
    private final long length;
    private final ShortEntries shortEntries;

    StreamedStringData(Path file, String where, long length, ShortEntries shortEntries) {
        this.file = file;
        this.where = where;
        this.length = length;
        this.shortEntries = shortEntries;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public void read(long[] requested, Sink sink) {
        long[] unkept = new long[requested.length];
        int n = 0;
        for (long a : requested) {
            byte[] kept = shortEntries.get(a);
            if (kept != null) {
                sink.entry(a, kept);
            } else {
                unkept[n++] = a;
            }
        }
        if (n == 0) {
            return;
        }
        long[] addresses = Arrays.copyOf(unkept, n);
        List<Open> open = new ArrayList<>();
        int[] next = {0};
        PageWalk.walkAgain(file, where, (stream, start, payload, len) -> {
            if (stream != PageWalk.STRING_DATA) {
                return true;
            }
            long end = start + len;
            while (next[0] < addresses.length && addresses[next[0]] < end) {
                open.add(new Open(addresses[next[0]++]));
            }
            for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
                Open o = it.next();
                int from = (int) (o.next - start);
                o.next += feed(o, payload, from, len);
                if (o.raw.done()) {
                    sink.entry(o.address, o.raw.bytes());
                    it.remove();
                }
            }
            return next[0] < addresses.length || !open.isEmpty();
        });
        // entries cut by the end of the stream keep what they have, as with a plain file
        for (Open o : open) {
            sink.entry(o.address, o.raw.bytes());
        }
    }

    private int feed(Open o, byte[] payload, int from, int to) {
        try {
            return o.raw.feed(payload, from, to);
        } catch (IllegalStateException e) {
            throw new InputException(where, "corrupt profile: the string at " + o.address + " has no end: " + e.getMessage());
        }
    }

    /** An entry being collected. */
    private static final class Open {
        final long address;
        final RawString raw = new RawString();
        long next;

        Open(long address) {
            this.address = address;
            this.next = address;
        }
    }
}
