package dev.typeheat.demangle;

/** Punycode (RFC 3492) decoding of v0 identifiers, bounded so hostile input cannot blow up. */
final class Punycode {
    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;

    private Punycode() {
    }

    /** The decoded identifier, or null when the punycode is invalid or longer than {@code maxChars}. */
    static String decode(String ascii, String punycode, int maxChars) {
        int[] out = new int[maxChars];
        int len = 0;
        for (int k = 0; k < ascii.length(); k++) {
            if (len == maxChars) {
                return null;
            }
            out[len++] = ascii.charAt(k);
        }
        long damp = 700;
        long bias = 72;
        long i = 0;
        long n = 0x80;
        int pos = 0;
        while (pos < punycode.length()) {
            long delta = 0;
            long w = 1;
            long k = 0;
            while (true) {
                k += BASE;
                long t = Math.min(Math.max(k - bias, T_MIN), T_MAX);
                if (k < bias) {
                    t = T_MIN;
                }
                if (pos >= punycode.length()) {
                    return null;
                }
                char c = punycode.charAt(pos++);
                long d;
                if (c >= 'a' && c <= 'z') {
                    d = c - 'a';
                } else if (c >= '0' && c <= '9') {
                    d = 26 + (c - '0');
                } else {
                    return null;
                }
                try {
                    delta = Math.addExact(delta, Math.multiplyExact(d, w));
                    if (d < t) {
                        break;
                    }
                    w = Math.multiplyExact(w, BASE - t);
                } catch (ArithmeticException e) {
                    return null;
                }
            }
            len++;
            try {
                i = Math.addExact(i, delta);
                n = Math.addExact(n, i / len);
            } catch (ArithmeticException e) {
                return null;
            }
            i %= len;
            if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
                return null;
            }
            if (len > maxChars) {
                return null;
            }
            System.arraycopy(out, (int) i, out, (int) i + 1, len - 1 - (int) i);
            out[(int) i] = (int) n;
            i++;
            if (pos >= punycode.length()) {
                break;
            }
            delta /= damp;
            damp = 2;
            delta += delta / len;
            long kk = 0;
            while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
                delta /= BASE - T_MIN;
                kk += BASE;
            }
            bias = kk + ((BASE - T_MIN + 1) * delta) / (delta + SKEW);
        }
        StringBuilder sb = new StringBuilder(len);
        for (int j = 0; j < len; j++) {
            sb.appendCodePoint(out[j]);
        }
        return sb.toString();
    }
}
