package dev.typeheat.types;

import java.util.Set;

/**
 * What a {@link Ty} node is, and how it is spelled: each kind lists its own parts in printing order
 * ({@link #spell}). {@link TypePrinter} prints from these parts and the printed length is summed from
 * them ({@link OwnLength}), so a new kind is added here (and in the grammar and its
 * builder) and nowhere else.
 */
public enum TyKind {
    /** A path, maybe generic: name = the segments ({@code warp::filter::or::Or}), children = generic arguments.
     *  With {@link Ty#HAS_BASE} the first child is a type the path continues ({@code Vec<T>::new}, {@code <T as Tr>::Item}). */
    PATH {
        @Override
        void spell(Ty t, Spelling out) {
            int from = 0;
            if (t.has(Ty.HAS_BASE)) {
                out.child(t.child(0));
                from = 1;
            }
            out.name(t.name());
            if (t.has(Ty.TURBOFISH) && t.childCount() == from + 1 && t.child(from).kind() == QUALIFIED) {
                // an impl path segment: convert::<impl From<A> for B>::from
                out.text("::");
                out.child(t.child(from));
            } else if (t.childCount() > from || t.has(Ty.EMPTY_ARGS)) {
                out.text(t.has(Ty.TURBOFISH) ? "::<" : "<");
                out.list(t, from, t.childCount(), ", ");
                out.text(t.has(Ty.TRAILING_COMMA) ? ",>" : ">");
            }
        }
    },
    /** {@code <T as Trait>} (children T, Trait; name {@code as}), {@code <impl Tr for T>} (name {@code for}) or {@code <T>}. */
    QUALIFIED {
        @Override
        void spell(Ty t, Spelling out) {
            out.text("<");
            for (int i = 0; i < t.childCount(); i++) {
                if (i > 0 && t.name().isEmpty()) {
                    out.text(", ");
                } else if (i > 0) {
                    out.text(" ");
                    out.text(t.name());
                    out.text(" ");
                }
                out.child(t.child(i));
            }
            out.text(">");
        }
    },
    /** {@code &'a mut T}: name = the prefix ({@code &'a mut}), child T. */
    REF {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name());
            if (!t.name().equals("&")) {
                out.text(" ");
            }
            out.child(t.child(0));
        }
    },
    /** {@code *const T} / {@code *mut T}: name = the prefix, child T. */
    PTR {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name());
            out.text(" ");
            out.child(t.child(0));
        }
    },
    /** {@code [T]}: child T. */
    SLICE {
        @Override
        void spell(Ty t, Spelling out) {
            out.text("[");
            out.child(t.child(0));
            out.text("]");
        }
    },
    /** {@code [T; N]}: children T and N. */
    ARRAY {
        @Override
        void spell(Ty t, Spelling out) {
            out.text("[");
            out.child(t.child(0));
            out.text("; ");
            out.child(t.child(1));
            out.text("]");
        }
    },
    /** {@code (A, B)}, {@code (A,)}, {@code ()}. */
    TUPLE {
        @Override
        void spell(Ty t, Spelling out) {
            out.text("(");
            out.list(t, 0, t.childCount(), ", ");
            out.text(t.has(Ty.TRAILING_COMMA) ? ",)" : ")");
        }
    },
    /** {@code unsafe extern "C" fn(A) -> B {item}}: name = the prefix up to {@code fn}; children = parameters,
     *  then the return type with {@link Ty#HAS_RETURN}, then the item path with {@link Ty#HAS_ITEM}. */
    FN {
        @Override
        void spell(Ty t, Spelling out) {
            int end = t.childCount() - (t.has(Ty.HAS_RETURN) ? 1 : 0) - (t.has(Ty.HAS_ITEM) ? 1 : 0);
            out.text(t.name());
            out.text("(");
            out.list(t, 0, end, ", ");
            out.text(t.has(Ty.TRAILING_COMMA) ? ",)" : ")");
            if (t.has(Ty.HAS_RETURN)) {
                out.text(" -> ");
                out.child(t.child(end));
            }
            if (t.has(Ty.HAS_ITEM)) {
                out.text(" {");
                out.child(t.child(t.childCount() - 1));
                out.text("}");
            }
        }
    },
    /** {@code dyn A + B + 'a}: children = bounds. */
    DYN {
        @Override
        void spell(Ty t, Spelling out) {
            spellBounds(t, out);
        }
    },
    /** {@code impl A + B}: children = bounds. */
    IMPL {
        @Override
        void spell(Ty t, Spelling out) {
            spellBounds(t, out);
        }
    },
    /** {@code for<'a> T}: children = the binder list, then T. */
    FOR {
        @Override
        void spell(Ty t, Spelling out) {
            out.text("for<");
            out.child(t.child(0));
            out.text("> ");
            out.child(t.child(1));
        }
    },
    /** A closure, coroutine or async block: name = {@code closure@src/x.rs:1:2: 3:4}; children = the path it is
     *  printed with (old rustc: {@code [closure@warp::log::{closure#0}]}) or captured types.
     *  {@link Ty#SQUARE} means it was printed in {@code [..]}, otherwise {@code {..}}. */
    CLOSURE {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.has(Ty.SQUARE) ? "[" : "{");
            out.name(t.name());
            if (t.name().endsWith("@")) {
                out.list(t, 0, t.childCount(), " ");
            } else if (t.childCount() > 0) {
                out.text(" ");
                out.list(t, 0, t.childCount(), " ");
            }
            out.text(t.has(Ty.SQUARE) ? "]" : "}");
        }
    },
    /** Debug tuple {@code Name(a, b)} or the {@code Fn(A) -> B} sugar ({@link Ty#HAS_RETURN}): name = the path. */
    CALL {
        @Override
        void spell(Ty t, Spelling out) {
            int from = 0;
            if (t.has(Ty.HAS_BASE)) {
                out.child(t.child(0));
                from = 1;
            }
            int end = t.childCount() - (t.has(Ty.HAS_RETURN) ? 1 : 0);
            out.name(t.name());
            out.text("(");
            out.list(t, from, end, ", ");
            out.text(t.has(Ty.TRAILING_COMMA) ? ",)" : ")");
            if (t.has(Ty.HAS_RETURN)) {
                out.text(" -> ");
                out.child(t.child(end));
            }
        }
    },
    /** Debug struct {@code Name { a: b, .. }}: name = the path, children = fields. */
    STRUCT {
        @Override
        void spell(Ty t, Spelling out) {
            int from = 0;
            if (t.has(Ty.HAS_BASE)) {
                out.child(t.child(0));
                from = 1;
            }
            out.name(t.name());
            if (t.childCount() == from) {
                out.text(" {}");
            } else {
                out.text(" { ");
                out.list(t, from, t.childCount(), ", ");
                out.text(t.has(Ty.TRAILING_COMMA) ? ", }" : " }");
            }
        }
    },
    /** {@code [a, b]} list (Debug) with zero or several elements; with {@link Ty#BARE} a bare comma list. */
    LIST {
        @Override
        void spell(Ty t, Spelling out) {
            if (!t.has(Ty.BARE)) {
                out.text("[");
            }
            out.list(t, 0, t.childCount(), ", ");
            if (t.has(Ty.TRAILING_COMMA)) {
                out.text(",");
            }
            if (!t.has(Ty.BARE)) {
                out.text("]");
            }
        }
    },
    /** {@code name: value}: name = field name, child the value. */
    FIELD {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name());
            out.text(": ");
            out.child(t.child(0));
        }
    },
    /** {@code Item = T} associated type binding: name = the associated type, child T. */
    BINDING {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name());
            out.text(" = ");
            out.child(t.child(0));
        }
    },
    /** Terms and operators side by side ({@code 2:16273 ~ core::x}, {@code T: Send}): children in order,
     *  one space between two neighbours unless an operator binds tightly. */
    SEQ {
        @Override
        void spell(Ty t, Spelling out) {
            for (int i = 0; i < t.childCount(); i++) {
                if (i > 0 && spaced(t.child(i - 1), t.child(i))) {
                    out.text(" ");
                }
                out.child(t.child(i));
            }
        }
    },
    /** A token that is not a type of its own: lifetime, number, string, operator, keyword, {@code ..}. */
    LEAF {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name());
        }
    },
    /** {@code !} */
    NEVER {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name());
        }
    },
    /** {@code ...} where rustc (or a paste) elided text. Always {@link Ty#TRUNCATED}. Without a name it
     *  stands where the parser found nothing, and prints as an elision mark. */
    ELIDED {
        @Override
        void spell(Ty t, Spelling out) {
            out.text(t.name().isEmpty() ? "\u2026" : t.name());
        }
    };

    /** Lists {@code t}'s parts (its own text and its children) in printing order. {@code t.kind()} is this kind. */
    abstract void spell(Ty t, Spelling out);

    /** Receives one node's parts in printing order. */
    interface Spelling {
        /** Text printed as it is. */
        void text(String text);

        /** A path's name: the printer may drop its crate hashes. */
        void name(String name);

        void child(Ty child);

        /** Children {@code from} (inclusive) to {@code to} (exclusive) with {@code separator} between them. */
        default void list(Ty t, int from, int to, String separator) {
            for (int i = from; i < to; i++) {
                if (i > from) {
                    text(separator);
                }
                child(t.child(i));
            }
        }
    }

    private static void spellBounds(Ty t, Spelling out) {
        out.text(t.name());
        out.text(" ");
        out.list(t, 0, t.childCount(), " + ");
    }

    // SEQ: operators that keep their neighbour tight
    private static final Set<String> NO_SPACE_AFTER = Set.of("::", ".", "#", "/", "\\", "?", "^", "@", "&", "*");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(":", "::", ".", "#", "/", "\\", ";", "@");

    /** Whether a SEQ prints a space between two neighbours. */
    private static boolean spaced(Ty before, Ty after) {
        if (before.kind() == LEAF && NO_SPACE_AFTER.contains(before.name())) {
            return false;
        }
        if (after.kind() == LEAF && NO_SPACE_BEFORE.contains(after.name())) {
            return false;
        }
        // DefId(2:3184 ~ ...): keep the colon between numbers tight
        return !(before.kind() == LEAF && before.name().equals(":") && after.kind() == LEAF
                && !after.name().isEmpty() && Character.isDigit(after.name().charAt(0)));
    }
}
