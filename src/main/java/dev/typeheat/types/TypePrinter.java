package dev.typeheat.types;

import java.util.ArrayDeque;
import java.util.regex.Pattern;

/**
 * Writes a {@link Ty} back in rustc's spelling, from the parts each kind lists ({@link TyKind#spell}).
 * Iterative (an explicit work stack), so a type nested 100,000 deep prints without a stack overflow,
 * and bounded by a character limit, because a DAG with heavy sharing can stand for a tree far larger
 * than memory.
 */
public final class TypePrinter {
    /** rustc-demangle's {@code {}} form: crate disambiguators and symbol hashes kept. */
    public static final TypePrinter WITH_HASHES = new TypePrinter(true);
    /** rustc-demangle's {@code {:#}} form: {@code core[c1f1]::x::h0123..} printed as {@code core::x}. */
    public static final TypePrinter WITHOUT_HASHES = new TypePrinter(false);

    /** Default cap for {@link #print(Ty)}; callers that need everything pass their own limit. */
    public static final long DEFAULT_LIMIT = 4_000_000;

    private static final Pattern CRATE_HASH = Pattern.compile("(?<=[\\p{L}\\p{N}_])\\[[0-9a-f]{1,16}\\]");
    private static final Pattern SYMBOL_HASH = Pattern.compile("::h[0-9a-f]{16}$");

    private final boolean hashes;

    private TypePrinter(boolean hashes) {
        this.hashes = hashes;
    }

    public String print(Ty t) {
        StringBuilder sb = new StringBuilder();
        print(t, sb, DEFAULT_LIMIT);
        return sb.toString();
    }

    /** Appends the printed type; stops with an elision mark once {@code limit} characters were written. Returns false if cut. */
    public boolean print(Ty root, StringBuilder out, long limit) {
        long stopAt = out.length() + limit;
        ArrayDeque<Object> work = new ArrayDeque<>();
        Parts parts = new Parts(hashes);
        work.push(root);
        while (!work.isEmpty()) {
            if (out.length() > stopAt) {
                out.setLength((int) Math.min(out.length(), stopAt));
                out.append('\u2026');
                return false;
            }
            Object next = work.pop();
            if (next instanceof String) {
                out.append((String) next);
            } else {
                expand((Ty) next, parts, work, out);
            }
        }
        return true;
    }

    /**
     * The printed type shortened to {@code width} characters the way {@link #shorten} does it (its first
     * and last characters around an elision mark), without printing the middle: a label for a type of
     * any size costs about {@code width}.
     */
    public String printShortened(Ty t, int width) {
        StringBuilder head = new StringBuilder();
        if (print(t, head, Math.max(width, 5)) || width < 5) {
            return shorten(head.toString(), width);
        }
        int keepEnd = (width - 1) / 2;
        int keepStart = width - 1 - keepEnd;
        head.setLength(keepStart);
        return head.append('\u2026').append(printTail(t, keepEnd)).toString();
    }

    /** The last {@code count} characters of the printed type: the parts are walked from the end. */
    public String printTail(Ty root, int count) {
        StringBuilder reversed = new StringBuilder();
        ArrayDeque<Object> work = new ArrayDeque<>();
        Parts parts = new Parts(hashes);
        work.push(root);
        while (!work.isEmpty() && reversed.length() < count) {
            Object next = work.pop();
            String text = next instanceof String ? (String) next : null;
            if (text == null) {
                parts.of((Ty) next).pushOnto(work, true);
                continue;
            }
            for (int i = text.length() - 1; i >= 0; i--) {
                reversed.append(text.charAt(i));
            }
        }
        reversed.setLength(Math.min(reversed.length(), count));
        return reversed.reverse().toString();
    }

    /** {@code text} cut to {@code width}: its first and last characters around an elision mark. */
    public static String shorten(String text, int width) {
        if (width < 5 || text.length() <= width) {
            return text;
        }
        int keepEnd = (width - 1) / 2;
        int keepStart = width - 1 - keepEnd;
        return text.substring(0, keepStart) + "\u2026" + text.substring(text.length() - keepEnd);
    }

    /** Pushes the parts of {@code t} (in reverse, since the stack pops last-in first). */
    private static void expand(Ty t, Parts parts, ArrayDeque<Object> work, StringBuilder out) {
        Parts p = parts.of(t);
        if (p.size == 1 && p.items[0] instanceof String) {
            out.append((String) p.items[0]); // a leaf: no need to go through the stack
        } else {
            p.pushOnto(work, false);
        }
    }

    /** A path name without crate disambiguators and symbol hash: {@code core[c1f1]::x::h0123..} -> {@code core::x}. */
    public static String stripHashes(String name) {
        if (name.indexOf('[') < 0 && name.indexOf("::h") < 0) {
            return name;
        }
        String s = CRATE_HASH.matcher(name).replaceAll("");
        return SYMBOL_HASH.matcher(s).replaceAll("");
    }

    /**
     * Collects the parts of one node in order, then pushes them reversed. One per print, refilled for
     * each node: a million-node type is printed without a million collectors.
     */
    private static final class Parts implements TyKind.Spelling {
        private final boolean hashes;
        private Object[] items = new Object[8];
        private int size;

        Parts(boolean hashes) {
            this.hashes = hashes;
        }

        /** This collector holding the parts of {@code t} in printing order: text, and children still to print. */
        Parts of(Ty t) {
            size = 0;
            t.kind().spell(t, this);
            return this;
        }

        @Override
        public void text(String text) {
            add(text);
        }

        @Override
        public void name(String name) {
            add(hashes || name.isEmpty() ? name : stripHashes(name));
        }

        @Override
        public void child(Ty child) {
            add(child);
        }

        private void add(Object o) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = o;
        }

        /** Pushed so that the first part pops first, or with {@code lastFirst} the last part. */
        void pushOnto(ArrayDeque<Object> work, boolean lastFirst) {
            if (lastFirst) {
                for (int i = 0; i < size; i++) {
                    work.push(items[i]);
                }
            } else {
                for (int i = size - 1; i >= 0; i--) {
                    work.push(items[i]);
                }
            }
        }
    }
}
