package dev.typeheat.demangle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

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

    public void rewrite(InputStream input, OutputStream out) throws IOException {
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
            process(buf, 0, safe, out);
            pendingLen = len - safe;
            if (pendingLen > 0) {
                if (pending.length < pendingLen) {
                    pending = new byte[Math.max(pendingLen, pending.length * 2)];
                }
                System.arraycopy(buf, safe, pending, 0, pendingLen);
            }
        }
        process(pending, 0, pendingLen, out);
    }

    /** The end of the prefix that cannot be part of a token continuing past the buffer. */
    private static int safeEnd(byte[] b, int len) {
        int i = len;
        while (i > 0 && isSymbolByte(b[i - 1])) {
            i--;
        }
        return i;
    }

    private void process(byte[] b, int from, int to, OutputStream out) throws IOException {
        int copied = from;
        int i = from;
        while (i < to - 1) {
            if (b[i] == '_' && (b[i + 1] == 'R' || (b[i + 1] == 'Z' && i + 2 < to && b[i + 2] == 'N'))) {
                int end = i + (b[i + 1] == 'R' ? 2 : 3);
                while (end < to && isSymbolByte(b[end])) {
                    end++;
                }
                String token = new String(b, i, end - i, StandardCharsets.ISO_8859_1);
                String demangled = Demangler.demangleOrKeep(token, includeHash);
                out.write(b, copied, i - copied);
                if (demangled.equals(token)) {
                    out.write(b, i, end - i);
                } else {
                    out.write(demangled.getBytes(StandardCharsets.UTF_8));
                }
                copied = end;
                i = end;
            } else {
                i++;
            }
        }
        out.write(b, copied, to - copied);
    }

    private static boolean isSymbolByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || c == '.';
    }
}
