package dev.typeheat.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decompressing ahead on a thread of its own hands over every byte, then the source's failure, and stops when closed. */
class ReadAheadInputStreamTest {
    /** Yields {@code length} bytes (i mod 251), then fails or ends. */
    private static final class Source extends InputStream {
        final int length;
        final IOException failure;
        final AtomicBoolean closed = new AtomicBoolean();
        int pos;

        Source(int length, IOException failure) {
            this.length = length;
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos == length) {
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
            int n = Math.min(len, Math.min(length - pos, 70_000)); // short reads, as a decompressor's
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((pos + i) % 251);
            }
            pos += n;
            return n;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    private static byte[] expected(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    @Test
    void everyByteArrivesInOrderAcrossChunks() throws IOException {
        int length = ReadAheadInputStream.CHUNK * (ReadAheadInputStream.DEPTH + 3) + 12345;
        Source source = new Source(length, null);
        try (InputStream in = new ReadAheadInputStream(source, "test")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, in.read());
            out.write(0);
            in.transferTo(out);
            assertArrayEquals(expected(length), out.toByteArray());
            assertEquals(-1, in.read());
        }
        assertTrue(source.closed.get(), "the source is closed");
    }

    @Test
    void aFailureComesAfterTheBytesReadBeforeIt() throws IOException {
        int length = ReadAheadInputStream.CHUNK + 777;
        IOException truncated = new java.io.EOFException("truncated");
        try (InputStream in = new ReadAheadInputStream(new Source(length, truncated), "test")) {
            byte[] got = in.readNBytes(length);
            assertArrayEquals(expected(length), got);
            assertSame(truncated, assertThrows(IOException.class, in::read));
            assertEquals(-1, in.read(), "nothing after the failure");
        }
    }

    @Test
    @Timeout(10)
    void closingEarlyStopsTheThreadAndClosesTheSource() throws IOException {
        Source source = new Source(Integer.MAX_VALUE, null);
        InputStream in = new ReadAheadInputStream(source, "test");
        assertEquals(1000, in.readNBytes(1000).length);
        in.close();
        assertTrue(source.closed.get(), "the source is closed once its thread stopped");
    }
}
