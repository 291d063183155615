package dev.typeheat.demangle;

/**
 * The text a v0 symbol's backrefs printed, by target, so that a backref met again copies its text instead
 * of parsing and printing the target once more: the warp app's v0 symbols (2.5 MB) print 9.6 MB, most of it
 * through backrefs, and parsing costs far more than copying bytes, above all before the JIT has compiled
 * the parser.
 *
 * <p>A target prints the same text wherever it is met given the same item kind, the same {@code inValue}
 * and the same number of bound lifetimes (lifetime names count from it). Only printings without an error
 * are kept (an error inside, even one a nested backref cleared, may depend on where it was met), and one is
 * reused only where the nesting depth is no deeper than where it was printed (so the recursion limit cannot
 * be met) and the copy stays under the size cap (past it the printer stops at the exact byte where printing
 * would).
 */
final class PrintedBackrefs {
    /** Slots at first (a power of two; the table doubles when half full, up to {@link #MAX_SLOTS}). */
    private static final int FIRST_SLOTS = 16;
    private static final int MAX_SLOTS = 1024;
    private static final int FIELDS = 5;
    /** Bound lifetimes beyond this are not keyed (no real symbol has them). */
    private static final int MAX_BOUND = 1 << 20;

    /** Per slot: target + 1 (0: empty), key (item, inValue, bound lifetimes), depth, output from, output to. */
    private int[] slots;
    private int count;

    /** Copies what {@code target} printed before in the same setting to {@code out}; false when it cannot. */
    boolean copy(int target, int item, boolean inValue, int boundLifetimes, int depth, Utf8Buffer out, long limit) {
        if (count == 0 || boundLifetimes > MAX_BOUND) {
            return false;
        }
        int key = key(item, inValue, boundLifetimes);
        int[] s = slots;
        for (int i = slot(target, key, s.length); s[i] != 0; i = next(i, s.length)) {
            if (s[i] == target + 1 && s[i + 1] == key) {
                int from = s[i + 3];
                int to = s[i + 4];
                if (depth > s[i + 2] || out.length() + (long) (to - from) > limit) {
                    return false;
                }
                out.appendOwn(from, to);
                return true;
            }
        }
        return false;
    }

    /** Remembers that {@code target} printed {@code out[from, to)} without an error. */
    void add(int target, int item, boolean inValue, int boundLifetimes, int depth, int from, int to) {
        if (boundLifetimes > MAX_BOUND) {
            return;
        }
        if (slots == null) {
            slots = new int[FIRST_SLOTS * FIELDS];
        } else if (2 * (count + 1) > slots.length / FIELDS) {
            if (slots.length / FIELDS == MAX_SLOTS) {
                return;
            }
            grow();
        }
        put(slots, target + 1, key(item, inValue, boundLifetimes), depth, from, to);
    }

    private void put(int[] s, int targetPlusOne, int key, int depth, int from, int to) {
        int i = slot(targetPlusOne - 1, key, s.length);
        while (s[i] != 0) {
            if (s[i] == targetPlusOne && s[i + 1] == key) {
                s[i + 2] = Math.max(s[i + 2], depth); // met deeper than before: the same text serves deeper places
                return;
            }
            i = next(i, s.length);
        }
        s[i] = targetPlusOne;
        s[i + 1] = key;
        s[i + 2] = depth;
        s[i + 3] = from;
        s[i + 4] = to;
        count++;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        count = 0;
        for (int i = 0; i < old.length; i += FIELDS) {
            if (old[i] != 0) {
                put(slots, old[i], old[i + 1], old[i + 2], old[i + 3], old[i + 4]);
            }
        }
    }

    /** The first slot to look at (an index into the table, a multiple of {@link #FIELDS}). */
    private static int slot(int target, int key, int length) {
        int slots = length / FIELDS; // a power of two
        return (((target * 31 + key) * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(slots))) * FIELDS;
    }

    private static int next(int i, int length) {
        i += FIELDS;
        return i == length ? 0 : i;
    }

    private static int key(int item, boolean inValue, int boundLifetimes) {
        return (boundLifetimes << 4) | (item << 1) | (inValue ? 1 : 0);
    }
}
