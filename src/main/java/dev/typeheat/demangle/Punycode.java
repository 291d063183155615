package dev.typeheat.demangle;

/** Punycode (RFC 3492) decoding of v0 identifiers, bounded so hostile input cannot blow up. */
final class Punycode {
    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;

    private Punycode() {
    }

    /**
     * Decodes the identifier whose ASCII part is {@code s[asciiFrom, asciiTo)} and punycode part
     * {@code s[punyFrom, punyTo)} into {@code out}'s code points; returns how many, or -1 when the punycode
     * is invalid or the identifier longer than {@code out}.
     */
    static int decode(byte[] s, int asciiFrom, int asciiTo, int punyFrom, int punyTo, int[] out) {
        int maxChars = out.length;
        int len = 0;
        for (int k = asciiFrom; k < asciiTo; k++) {
            if (len == maxChars) {
                return -1;
            }
            out[len++] = s[k];
        }
        long damp = 700;
        long bias = 72;
        long i = 0;
        long n = 0x80;
        int pos = punyFrom;
        while (pos < punyTo) {
            long delta = 0;
            long w = 1;
            long k = 0;
            while (true) {
                k += BASE;
                long t = Math.min(Math.max(k - bias, T_MIN), T_MAX);
                if (k < bias) {
                    t = T_MIN;
                }
                if (pos >= punyTo) {
                    return -1;
                }
                byte c = s[pos++];
                long d;
                if (c >= 'a' && c <= 'z') {
                    d = c - 'a';
                } else if (c >= '0' && c <= '9') {
                    d = 26 + (c - '0');
                } else {
                    return -1;
                }
                try {
                    delta = Math.addExact(delta, Math.multiplyExact(d, w));
                    if (d < t) {
                        break;
                    }
                    w = Math.multiplyExact(w, BASE - t);
                } catch (ArithmeticException e) {
                    return -1;
                }
            }
            len++;
            try {
                i = Math.addExact(i, delta);
                n = Math.addExact(n, i / len);
            } catch (ArithmeticException e) {
                return -1;
            }
            i %= len;
            if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
                return -1;
            }
            if (len > maxChars) {
                return -1;
            }
            System.arraycopy(out, (int) i, out, (int) i + 1, len - 1 - (int) i);
            out[(int) i] = (int) n;
            i++;
            if (pos >= punyTo) {
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
        return len;
    }
}
