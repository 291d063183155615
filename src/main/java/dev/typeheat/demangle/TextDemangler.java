package dev.typeheat.demangle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rewrites every mangled Rust symbol in a byte stream and copies everything else unchanged, like
 * rustfilt: a symbol token is {@code _ZN} or {@code _R} followed by ASCII letters, digits, {@code _},
 * {@code $} and {@code .}. Works on bytes, so invalid UTF-8 and binary data pass through untouched.
 *
 * <p>Memory is bounded whatever the input: the input is cut into pieces at line ends (or, in a long line,
 * between tokens, never inside one), pieces are demangled on all cores once the input has passed
 * {@link #SERIAL_BYTES} (before that on the calling thread alone), and each piece's output is
 * written once it reaches {@link #FLUSH_AT} bytes (every symbol can print up to 1,000,000 bytes, so a
 * few kilobytes of input can make gigabytes of output). A token longer than {@link #MAX_TOKEN} bytes is
 * copied unchanged (rustfilt would need it whole in memory to decide).
 */
public final class TextDemangler {
    /** Input read per piece. */
    private static final int BLOCK = 1 << 18;
    /**
     * Input demangled on the calling thread before the other cores join in. An nm dump of a whole program
     * (2-6 MB) costs less on one thread while the JIT compiles on the other core than on two threads that
     * both run the demangler interpreted until it is compiled, with a pool to start (the warp app's v0 dump
     * on 2 cores, loaded: 408 ms CPU on one thread against 554 ms on two).
     */
    static final long SERIAL_BYTES = 8 << 20;
    /** Output kept per piece before it is written. */
    static final int FLUSH_AT = 1 << 22;
    /**
     * Output written at a time on the calling thread: one small buffer used again and again touches few
     * fresh pages (on this machine page faults were a third of a short run's CPU time).
     */
    private static final int WRITE_AT = 1 << 16;
    /** The longest token typeheat holds in memory to demangle; longer ones are copied as they are. */
    public static final int MAX_TOKEN = 16 << 20;

    private final boolean includeHash;
    private final long serialBytes;

    public TextDemangler(boolean includeHash) {
        this(includeHash, SERIAL_BYTES);
    }

    /** With the other cores joining in after {@code serialBytes} of input (tests use 0). */
    TextDemangler(boolean includeHash, long serialBytes) {
        this.includeHash = includeHash;
        this.serialBytes = serialBytes;
    }

    /** A piece of input ending where no token continues; {@code raw} pieces are copied without demangling. */
    private record Piece(byte[] bytes, int length, boolean raw) {
    }

    /** What a worker made of a piece: output up to {@link #FLUSH_AT}, and where in the piece it stopped. */
    private record Done(Piece piece, Utf8Buffer out, int stoppedAt) {
    }

    public void rewrite(InputStream input, OutputStream out) throws IOException {
        Pieces pieces = new Pieces(input);
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        Utf8Buffer o = new Utf8Buffer(2 * WRITE_AT);
        long seen = 0;
        Piece p = pieces.view();
        for (; p != null && (cores < 2 || seen < serialBytes); p = pieces.view()) {
            finish(p, 0, o, out);
            seen += p.length();
        }
        if (p != null) {
            rewriteInParallel(pieces.copy(p), pieces, cores, out);
        }
        pieces.rethrow();
    }

    /** Demangles {@code first} and the pieces after it on {@code cores} threads, writing in input order. */
    private void rewriteInParallel(Piece first, Pieces pieces, int cores, OutputStream out) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "typeheat-demangle");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Done>> inFlight = new ArrayDeque<>();
        Utf8Buffer rest = new Utf8Buffer(2 * WRITE_AT);
        try {
            for (Piece p = first; p != null; p = pieces.next()) {
                Piece piece = p;
                inFlight.add(pool.submit(() -> {
                    Utf8Buffer o = new Utf8Buffer(Math.min(piece.length() + piece.length() / 4 + 16, FLUSH_AT));
                    int stopped = piece.raw() ? copy(piece, o) : process(piece.bytes(), 0, piece.length(), o, FLUSH_AT);
                    return new Done(piece, o, stopped);
                }));
                while (inFlight.size() > cores * 2) {
                    write(inFlight.poll().get(), rest, out);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll().get(), rest, out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes a worker's output, then demangles what it left of its piece here, writing as it goes. */
    private void write(Done done, Utf8Buffer rest, OutputStream out) throws IOException {
        done.out().writeTo(out);
        finish(done.piece(), done.stoppedAt(), rest, out);
    }

    private void finish(Piece p, int from, Utf8Buffer o, OutputStream out) throws IOException {
        if (p.raw()) {
            if (from < p.length()) {
                out.write(p.bytes(), from, p.length() - from);
            }
            return;
        }
        for (int at = from; at < p.length(); ) {
            o.clear();
            at = process(p.bytes(), at, p.length(), o, WRITE_AT);
            o.writeTo(out);
        }
    }

    private static int copy(Piece p, Utf8Buffer o) {
        int n = Math.min(p.length(), FLUSH_AT);
        o.append(p.bytes(), 0, n);
        return n;
    }

    /**
     * Demangles {@code b[from, to)} into {@code out}, stopping once it holds {@code stopAt} bytes or more
     * (after the symbol or text run that took it there). Returns where it stopped: {@code to} when done.
     */
    private int process(byte[] b, int from, int to, Utf8Buffer out, int stopAt) {
        int copied = from;
        int i = from;
        while (i < to - 1) {
            if (b[i] == '_' && (b[i + 1] == 'R' || (b[i + 1] == 'Z' && i + 2 < to && b[i + 2] == 'N'))) {
                int end = i + (b[i + 1] == 'R' ? 2 : 3);
                while (end < to && isSymbolByte(b[end])) {
                    end++;
                }
                out.append(b, copied, i);
                Demangler.demangleTo(b, i, end, includeHash, out);
                copied = end;
                i = end;
                if (out.length() >= stopAt) {
                    return end;
                }
            } else {
                i++;
            }
        }
        out.append(b, copied, to);
        return to;
    }

    /** Bytes a symbol token holds (letters, digits, {@code _ $ .}), by byte value; a table keeps the test small enough to inline. */
    private static final boolean[] SYMBOL_BYTE = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            SYMBOL_BYTE[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '$' || c == '.';
        }
    }

    private static boolean isSymbolByte(byte c) {
        return SYMBOL_BYTE[c & 0xff];
    }

    /**
     * Reads the input in blocks and hands out pieces that end at a line end, or in a line longer than a
     * block, after the last byte no token can continue past. A read error ends the pieces (what came before
     * it is still demangled) and is thrown by {@link #rethrow}.
     */
    private static final class Pieces {
        private final InputStream input;
        private byte[] buf = new byte[BLOCK];
        private int len;
        private boolean eof;
        /** Inside a token longer than {@link #MAX_TOKEN}: copy bytes until it ends. */
        private boolean passingThrough;
        /** The leading bytes handed out as the last piece, dropped from the buffer when the next is asked for. */
        private int viewed;
        /** Leading bytes known to hold no line end and only token bytes (so not scanned again). */
        private int checked;
        private Exception failure;

        Pieces(InputStream input) {
            this.input = input;
        }

        /** The next piece, copied out of the buffer (it may be worked on while more is read). */
        Piece next() {
            Piece p = view();
            return p == null ? null : copy(p);
        }

        /** The next piece, in the read buffer itself: valid until the next call (for the calling thread's own use). */
        Piece view() {
            dropView();
            return nextInBuffer();
        }

        /** A copy of the piece {@link #view} returned last, which stays valid. */
        Piece copy(Piece view) {
            return new Piece(Arrays.copyOf(view.bytes(), view.length()), view.length(), view.raw());
        }

        private void dropView() {
            if (viewed > 0) {
                System.arraycopy(buf, viewed, buf, 0, len - viewed);
                len -= viewed;
                viewed = 0;
                checked = 0;
                if (buf.length > 4 * BLOCK && len < BLOCK) {
                    buf = Arrays.copyOf(buf, 2 * BLOCK); // after a long token: give the memory back
                }
            }
        }

        /** The next piece: the first bytes of the buffer, taken by {@link #dropView} once done with. */
        private Piece nextInBuffer() {
            while (true) {
                if (passingThrough) {
                    int end = 0;
                    while (end < len && isSymbolByte(buf[end])) {
                        end++;
                    }
                    if (end < len || eof) {
                        passingThrough = false;
                    }
                    if (end > 0) {
                        return take(end, true);
                    }
                }
                if (eof) {
                    return len > 0 ? take(len, false) : null;
                }
                int cut = cut();
                if (cut > 0) {
                    return take(cut, false);
                }
                if (len >= MAX_TOKEN) {
                    passingThrough = true; // one token of 16 MB and more: not worth holding whole
                    return take(len, true);
                }
                fill();
            }
        }

        /** Where the buffered bytes may be cut (0: not yet). */
        private int cut() {
            if (len < BLOCK) {
                return 0;
            }
            for (int i = len - 1; i >= checked; i--) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
            }
            int i = len;
            while (i > checked && isSymbolByte(buf[i - 1])) {
                i--;
            }
            if (i == checked) {
                checked = len; // one token so far: read on until it ends
                return 0;
            }
            return i;
        }

        /** Reads up to one more block. */
        private void fill() {
            if (buf.length - len < BLOCK) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + BLOCK));
            }
            int target = len + BLOCK;
            try {
                while (len < target) {
                    int r = input.read(buf, len, target - len);
                    if (r < 0) {
                        eof = true;
                        return;
                    }
                    len += r;
                }
            } catch (IOException | RuntimeException e) {
                failure = e; // a truncated input: what came before it is still written, then it is reported
                eof = true;
            }
        }

        private Piece take(int n, boolean raw) {
            viewed = n;
            return new Piece(buf, n, raw);
        }

        void rethrow() throws IOException {
            if (failure instanceof IOException) {
                throw (IOException) failure;
            } else if (failure != null) {
                throw (RuntimeException) failure;
            }
        }
    }
}
