package dev.typeheat.demangle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Rewrites every mangled Rust symbol in a byte stream and copies everything else unchanged, like
 * rustfilt: a symbol token is {@code _ZN} or {@code _R} followed by ASCII letters, digits, {@code _},
 * {@code $} and {@code .}. Works on bytes, so invalid UTF-8 and binary data pass through untouched.
 */
public final class TextDemangler {
    private final boolean includeHash;
    private final byte[] in = new byte[1 << 16];

    public TextDemangler(boolean includeHash) {
        this.includeHash = includeHash;
    }

    /** Input blocks (split at line ends) demangled on all cores, written back in order. */
    private static final int BLOCK = 1 << 18;

    public void rewrite(InputStream input, OutputStream out) throws IOException {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        if (cores < 2) {
            rewriteSequential(input, out);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "typeheat-demangle");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<Utf8Buffer>> inFlight = new java.util.ArrayDeque<>();
        try {
            byte[] carry = new byte[0];
            Exception failure = null;
            while (true) {
                byte[] block = new byte[BLOCK];
                int n = 0;
                try {
                    for (int r; n < BLOCK && (r = input.read(block, n, BLOCK - n)) >= 0; ) {
                        n += r;
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e; // a truncated input: what came before it is still written, then it is reported
                }
                boolean last = n < BLOCK;
                if (last) {
                    block = java.util.Arrays.copyOf(block, n);
                }
                byte[] joined = concat(carry, block);
                int cut = last ? joined.length : lastNewline(joined) + 1;
                if (cut <= 0) {
                    cut = joined.length; // one huge line: hand it over whole
                }
                byte[] work = java.util.Arrays.copyOf(joined, cut);
                carry = java.util.Arrays.copyOfRange(joined, cut, joined.length);
                inFlight.add(pool.submit(() -> {
                    Utf8Buffer o = new Utf8Buffer(work.length + work.length / 4);
                    process(work, 0, work.length, o);
                    return o;
                }));
                while (inFlight.size() > cores * 2 || (last && !inFlight.isEmpty())) {
                    inFlight.poll().get().writeTo(out);
                }
                if (last) {
                    if (carry.length > 0) {
                        Utf8Buffer o = new Utf8Buffer(carry.length * 2);
                        process(carry, 0, carry.length, o);
                        o.writeTo(out);
                    }
                    if (failure instanceof IOException) {
                        throw (IOException) failure;
                    } else if (failure != null) {
                        throw (RuntimeException) failure;
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static int lastNewline(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** One thread, one 64 kB buffer at a time. */
    void rewriteSequential(InputStream input, OutputStream out) throws IOException {
        Utf8Buffer o = new Utf8Buffer(in.length * 2);
        byte[] pending = new byte[0];
        int pendingLen = 0;
        while (true) {
            int n = input.read(in);
            if (n < 0) {
                break;
            }
            // Carry over the tail that might be an unfinished token.
            byte[] buf;
            int len;
            if (pendingLen > 0) {
                buf = new byte[pendingLen + n];
                System.arraycopy(pending, 0, buf, 0, pendingLen);
                System.arraycopy(in, 0, buf, pendingLen, n);
                len = pendingLen + n;
            } else {
                buf = in;
                len = n;
            }
            int safe = safeEnd(buf, len);
            o.clear();
            process(buf, 0, safe, o);
            o.writeTo(out);
            pendingLen = len - safe;
            if (pendingLen > 0) {
                if (pending.length < pendingLen) {
                    pending = new byte[Math.max(pendingLen, pending.length * 2)];
                }
                System.arraycopy(buf, safe, pending, 0, pendingLen);
            }
        }
        o.clear();
        process(pending, 0, pendingLen, o);
        o.writeTo(out);
    }

    /** The end of the prefix that cannot be part of a token continuing past the buffer. */
    private static int safeEnd(byte[] b, int len) {
        int i = len;
        while (i > 0 && isSymbolByte(b[i - 1])) {
            i--;
        }
        return i;
    }

    private void process(byte[] b, int from, int to, Utf8Buffer out) {
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
            } else {
                i++;
            }
        }
        out.append(b, copied, to);
    }

    private static boolean isSymbolByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || c == '.';
    }
}
