package dev.typeheat.input.profile;

/** Where string-table entries are read from: the file itself, or one pass over a decompressed stream. */
interface StringData {
    /** Receives one entry. */
    interface Sink {
        void entry(long address, byte[] raw);
    }

    /** The length of the string-data stream. */
    long length();

    /** Reads the entries at {@code addresses} (sorted, distinct, each inside the stream) into {@code sink}. */
    void read(long[] addresses, Sink sink);
}
