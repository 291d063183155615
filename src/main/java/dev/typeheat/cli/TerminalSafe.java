package dev.typeheat.cli;

import dev.typeheat.input.Terminal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text for a terminal with control characters made visible: type names, file names and symbols are input
 * text, and an escape sequence in them ({@code ESC ]0;title BEL}, {@code ESC [2J}) must not retitle or clear
 * the user's terminal. C0 controls other than tab and line end, DEL and C1 controls (UTF-8 {@code C2 80} to
 * {@code C2 9F}) are written as Rust writes them in strings: {@code &#92;u{1b}}. typeheat's own colours and
 * progress line carry this run's secret key ({@link Terminal#control}) after the ESC: only those pass.
 */
final class TerminalSafe extends FilterOutputStream {
    private static final int ESC = 0x1b;

    /** ESC and the key: what typeheat's own control sequences start with. */
    private final byte[] key;
    private final byte[] one = new byte[1];
    /** Bytes of {@link #key} seen so far and held back (0: none). */
    private int matched;
    /** The whole key was seen: the next byte is typeheat's own. */
    private boolean keyed;
    /** A 0xC2 byte held back: with 0x80..0x9F after it, it is a C1 control. */
    private boolean pendingC2;

    TerminalSafe(OutputStream out) {
        super(out);
        this.key = ("\u001b" + Terminal.key()).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int copied = off;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xff;
            boolean plain = !keyed && matched == 0 && !pendingC2 && c != ESC && c != 0xc2 && !control(c);
            if (plain) {
                continue;
            }
            out.write(b, copied, i - copied);
            copied = i + 1;
            special(c);
        }
        out.write(b, copied, end - copied);
    }

    /** One byte that is not plain text, or that arrives while a key or C1 control is pending. */
    private void special(int c) throws IOException {
        if (keyed) {
            keyed = false;
            if (c == '\r') {
                out.write('\r');
                return;
            }
            out.write(ESC);
            if (c == ESC || c == 0xc2 || control(c)) {
                special(c);
            } else {
                out.write(c);
            }
            return;
        }
        if (matched > 0) {
            if (c == (key[matched] & 0xff)) {
                if (++matched == key.length) {
                    matched = 0;
                    keyed = true;
                }
                return;
            }
            releaseHeld();
        }
        if (pendingC2) {
            pendingC2 = false;
            if (c >= 0x80 && c <= 0x9f) {
                escape(c);
                return;
            }
            out.write(0xc2);
        }
        if (c == ESC) {
            matched = 1;
        } else if (c == 0xc2) {
            pendingC2 = true;
        } else if (control(c)) {
            escape(c);
        } else {
            out.write(c);
        }
    }

    /** What looked like the start of the key was input: its ESC made visible, the rest (letters) as they are. */
    private void releaseHeld() throws IOException {
        int n = matched;
        matched = 0;
        escape(ESC);
        out.write(key, 1, n - 1);
    }

    private static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
    }

    private void escape(int c) throws IOException {
        out.write(("\\u{" + Integer.toHexString(c) + "}").getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void flush() throws IOException {
        out.flush(); // a key or C1 byte split across writes stays held until its next byte decides
    }

    @Override
    public void close() throws IOException {
        if (matched > 0) {
            releaseHeld();
        }
        if (keyed) {
            keyed = false;
            out.write(ESC);
        }
        if (pendingC2) {
            pendingC2 = false;
            out.write(0xc2);
        }
        super.close();
    }
}
