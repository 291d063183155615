package dev.typeheat.input.profile;

import dev.typeheat.input.InputException;

/**
 * String data of a plain profile, read in place: each requested entry with a few small reads at its
 * address (the addresses come sorted, so neighbours share one read), never the pages around it.
 */
final class FileStringData implements StringData {
    private static final int WINDOW = 8192;

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
        byte[] window = new byte[WINDOW];
        long windowStart = -1;
        int windowLength = 0;
        for (long address : addresses) {
            RawString raw = new RawString();
            long at = address;
            while (!raw.done() && at < data.length()) {
                if (at < windowStart || at >= windowStart + windowLength) {
                    windowStart = at;
                    windowLength = data.readDirect(at, window, 0, WINDOW);
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
