package dev.typeheat.input;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The text of a gzip or zstd input, with its failures said plainly: a file cut short (a half-copied
 * artifact, a download that stopped) or corrupt data ends the read with an {@link InputException} that
 * names the file and how much text came before, instead of the decompressor's bare message.
 */
final class DecompressedStream extends FilterInputStream {
    private final String where;
    private final String format;
    private long delivered;

    DecompressedStream(InputStream decompressor, String where, String format) {
        super(decompressor);
        this.where = where;
        this.format = format;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b >= 0) {
                delivered++;
            }
            return b;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            if (n > 0) {
                delivered += n;
            }
            return n;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Always 0: a {@code BufferedInputStream} above then ends each read after one fill, so a failing
     * fill never takes bytes it already handed over in the same call with it.
     */
    @Override
    public int available() {
        return 0;
    }

    private InputException failure(IOException e) {
        boolean truncated = e instanceof EOFException || String.valueOf(e.getMessage()).toLowerCase().contains("truncated");
        String what = truncated
                ? "truncated: the " + format + " data ends early, after " + String.format("%,d", delivered) + " bytes of text"
                : "corrupt " + format + " data after " + String.format("%,d", delivered) + " bytes of text: " + e.getMessage();
        return new InputException(where, 0, 0, what, e);
    }
}
