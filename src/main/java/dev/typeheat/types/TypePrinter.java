package dev.typeheat.types;

import java.util.ArrayDeque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Ty} back in rustc's spelling. Iterative (an explicit work stack), so a type nested
 * 100,000 deep prints without a stack overflow, and bounded by a character limit, because a DAG with
 * heavy sharing can stand for a tree far larger than memory.
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
    private static final Set<String> NO_SPACE_AFTER = Set.of("::", ".", "#", "/", "\\", "?", "^", "@", "&", "*");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(":", "::", ".", "#", "/", "\\", ";", "@");

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
                expand((Ty) next, work, out);
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
        work.push(root);
        while (!work.isEmpty() && reversed.length() < count) {
            Object next = work.pop();
            String text = next instanceof String ? (String) next : null;
            if (text == null) {
                Parts p = parts((Ty) next);
                if (p != null) {
                    p.pushOnto(work, true);
                    continue;
                }
                text = leafText((Ty) next);
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

    /** Pushes the parts of {@code t} (in reverse, since the stack pops last-in first) or writes a leaf directly. */
    private void expand(Ty t, ArrayDeque<Object> work, StringBuilder out) {
        Parts p = parts(t);
        if (p == null) {
            out.append(leafText(t));
        } else {
            p.pushOnto(work, false);
        }
    }

    private static String leafText(Ty t) {
        return t.kind() == TyKind.ELIDED && t.name().isEmpty() ? "\u2026" : t.name();
    }

    /** The parts of {@code t} in printing order, or null for a leaf (printed as {@link #leafText}). */
    private Parts parts(Ty t) {
        Parts p = new Parts();
        switch (t.kind()) {
            case PATH: {
                int from = 0;
                if (t.has(Ty.HAS_BASE)) {
                    p.add(t.child(0));
                    from = 1;
                }
                p.add(name(t.name()));
                if (t.has(Ty.TURBOFISH) && t.childCount() == from + 1 && t.child(from).kind() == TyKind.QUALIFIED) {
                    // an impl path segment: convert::<impl From<A> for B>::from
                    p.add("::");
                    p.add(t.child(from));
                } else if (t.childCount() > from || t.has(Ty.EMPTY_ARGS)) {
                    p.add(t.has(Ty.TURBOFISH) ? "::<" : "<");
                    p.list(t, from, t.childCount(), ", ");
                    p.add(t.has(Ty.TRAILING_COMMA) ? ",>" : ">");
                }
                break;
            }
            case QUALIFIED:
                p.add("<");
                p.list(t, 0, t.childCount(), t.name().isEmpty() ? ", " : " " + t.name() + " ");
                p.add(">");
                break;
            case REF:
                p.add(t.name().equals("&") ? "&" : t.name() + " ");
                p.add(t.child(0));
                break;
            case PTR:
                p.add(t.name() + " ");
                p.add(t.child(0));
                break;
            case SLICE:
                p.add("[");
                p.add(t.child(0));
                p.add("]");
                break;
            case ARRAY:
                p.add("[");
                p.add(t.child(0));
                p.add("; ");
                p.add(t.child(1));
                p.add("]");
                break;
            case TUPLE:
                p.add("(");
                p.list(t, 0, t.childCount(), ", ");
                p.add(t.has(Ty.TRAILING_COMMA) ? ",)" : ")");
                break;
            case FN: {
                int end = t.childCount() - (t.has(Ty.HAS_RETURN) ? 1 : 0) - (t.has(Ty.HAS_ITEM) ? 1 : 0);
                p.add(t.name() + "(");
                p.list(t, 0, end, ", ");
                p.add(t.has(Ty.TRAILING_COMMA) ? ",)" : ")");
                if (t.has(Ty.HAS_RETURN)) {
                    p.add(" -> ");
                    p.add(t.child(end));
                }
                if (t.has(Ty.HAS_ITEM)) {
                    p.add(" {");
                    p.add(t.child(t.childCount() - 1));
                    p.add("}");
                }
                break;
            }
            case DYN:
            case IMPL:
                p.add(t.name() + " ");
                p.list(t, 0, t.childCount(), " + ");
                break;
            case FOR:
                p.add("for<");
                p.add(t.child(0));
                p.add("> ");
                p.add(t.child(1));
                break;
            case CLOSURE:
                p.add(t.has(Ty.SQUARE) ? "[" : "{");
                p.add(name(t.name()));
                if (t.name().endsWith("@")) {
                    p.list(t, 0, t.childCount(), " ");
                } else if (t.childCount() > 0) {
                    p.add(" ");
                    p.list(t, 0, t.childCount(), " ");
                }
                p.add(t.has(Ty.SQUARE) ? "]" : "}");
                break;
            case CALL: {
                int from = 0;
                if (t.has(Ty.HAS_BASE)) {
                    p.add(t.child(0));
                    from = 1;
                }
                int end = t.childCount() - (t.has(Ty.HAS_RETURN) ? 1 : 0);
                p.add(name(t.name()) + "(");
                p.list(t, from, end, ", ");
                p.add(t.has(Ty.TRAILING_COMMA) ? ",)" : ")");
                if (t.has(Ty.HAS_RETURN)) {
                    p.add(" -> ");
                    p.add(t.child(end));
                }
                break;
            }
            case STRUCT: {
                int from = 0;
                if (t.has(Ty.HAS_BASE)) {
                    p.add(t.child(0));
                    from = 1;
                }
                p.add(name(t.name()));
                if (t.childCount() == from) {
                    p.add(" {}");
                } else {
                    p.add(" { ");
                    p.list(t, from, t.childCount(), ", ");
                    p.add(t.has(Ty.TRAILING_COMMA) ? ", }" : " }");
                }
                break;
            }
            case LIST:
                if (!t.has(Ty.BARE)) {
                    p.add("[");
                }
                p.list(t, 0, t.childCount(), ", ");
                if (t.has(Ty.TRAILING_COMMA)) {
                    p.add(",");
                }
                if (!t.has(Ty.BARE)) {
                    p.add("]");
                }
                break;
            case FIELD:
                p.add(t.name() + ": ");
                p.add(t.child(0));
                break;
            case BINDING:
                p.add(t.name() + " = ");
                p.add(t.child(0));
                break;
            case SEQ:
                for (int i = 0; i < t.childCount(); i++) {
                    if (i > 0 && spaced(t.child(i - 1), t.child(i))) {
                        p.add(" ");
                    }
                    p.add(t.child(i));
                }
                break;
            default:
                return null; // ELIDED and LEAF
        }
        return p;
    }

    /** Characters printed between two neighbours in a SEQ (0 or 1). */
    public static int separatorLength(Ty before, Ty after) {
        return spaced(before, after) ? 1 : 0;
    }

    private static boolean spaced(Ty before, Ty after) {
        if (before.kind() == TyKind.LEAF && NO_SPACE_AFTER.contains(before.name())) {
            return false;
        }
        if (after.kind() == TyKind.LEAF && NO_SPACE_BEFORE.contains(after.name())) {
            return false;
        }
        // DefId(2:3184 ~ ...): keep the colon between numbers tight
        return !(before.kind() == TyKind.LEAF && before.name().equals(":") && after.kind() == TyKind.LEAF
                && !after.name().isEmpty() && Character.isDigit(after.name().charAt(0)));
    }

    private String name(String name) {
        return hashes || name.isEmpty() ? name : stripHashes(name);
    }

    /** A path name without crate disambiguators and symbol hash: {@code core[c1f1]::x::h0123..} -> {@code core::x}. */
    public static String stripHashes(String name) {
        if (name.indexOf('[') < 0 && name.indexOf("::h") < 0) {
            return name;
        }
        String s = CRATE_HASH.matcher(name).replaceAll("");
        return SYMBOL_HASH.matcher(s).replaceAll("");
    }

    /** Collects the parts of one node in order, then pushes them reversed. */
    private static final class Parts {
        private Object[] items = new Object[8];
        private int size;

        void add(Object o) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = o;
        }

        void list(Ty t, int from, int to, String separator) {
            for (int i = from; i < to; i++) {
                if (i > from) {
                    add(separator);
                }
                add(t.child(i));
            }
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
