package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * String data of a plain profile, read in place: each requested entry with a few small reads at its
 * address (the addresses come sorted, so neighbours share one read), never the pages around it. A big
 * batch is split into runs of neighbouring addresses read on all cores (entries are independent); the
 * entries are handed on in address order all the same.
 */
final class FileStringData implements StringData {
    /**
     * Bytes read at an entry's address when the next one asked for is further away: the entries a profile
     * asks for in big batches are short (a 20-byte event id between arguments of 10-300 kB), and reading
     * 8 kB for each cost the warp server's profile 3 GB of copying.
     */
    private static final int FIRST_READ = 64;
    /** At most this much is read to reach a neighbour (one read instead of two). */
    private static final int SHARED_READ = 8192;
    /** Bytes read at once while an entry goes on (the costliest arguments are 10 kB to 4 MB). */
    private static final int WINDOW = 1 << 16;

    private final PagedStream data;
    private final String where;

    FileStringData(PagedStream data, String where) {
        this.data = data;
        this.where = where;
    }

    @Override
    public long length() {
        return data.length();
    }

    @Override
    public void read(long[] addresses, Sink sink) {
        int parts = addresses.length < PARALLEL_FROM ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), 8);
        if (parts <= 1) {
            readRun(addresses, 0, addresses.length, sink);
            return;
        }
        List<List<byte[]>> runs = IntStream.range(0, parts).parallel().mapToObj(k -> {
            int from = (int) ((long) addresses.length * k / parts);
            int to = (int) ((long) addresses.length * (k + 1) / parts);
            List<byte[]> entries = new ArrayList<>(to - from);
            readRun(addresses, from, to, (address, raw) -> entries.add(raw));
            return entries;
        }).toList();
        int i = 0;
        for (List<byte[]> run : runs) {
            for (byte[] raw : run) {
                sink.entry(addresses[i++], raw);
            }
        }
    }

    /** Batches smaller than this are read on the calling thread (a profile's label batch is a few hundred). */
    private static final int PARALLEL_FROM = 4096;

    private void readRun(long[] addresses, int fromIndex, int toIndex, Sink sink) {
        byte[] window = new byte[WINDOW];
        long windowStart = -1;
        int windowLength = 0;
        for (int k = fromIndex; k < toIndex; k++) {
            long address = addresses[k];
            RawString raw = new RawString();
            long at = address;
            while (!raw.done() && at < data.length()) {
                if (at < windowStart || at >= windowStart + windowLength) {
                    // a first read reaches the next entry asked for when it is near, so neighbours share it
                    int want = WINDOW;
                    if (at == address) {
                        long gap = k + 1 < toIndex ? addresses[k + 1] - at : Long.MAX_VALUE;
                        want = gap <= SHARED_READ - FIRST_READ ? (int) gap + FIRST_READ : FIRST_READ;
                    }
                    windowStart = at;
                    windowLength = data.readDirect(at, window, 0, want);
                }
                int from = (int) (at - windowStart);
                try {
                    at += raw.feed(window, from, windowLength);
                } catch (IllegalStateException e) {
                    throw new InputException(where, "corrupt profile: the string at " + address + " has no end: " + e.getMessage());
                }
            }
            sink.entry(address, raw.bytes());
        }
    }
}
