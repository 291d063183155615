package dev.typeheat.types;

/** What a {@link Ty} node is. How its name and children are laid out is documented per constant. */
public enum TyKind {
    /** A path, maybe generic: name = the segments ({@code warp::filter::or::Or}), children = generic arguments.
     *  With {@link Ty#HAS_BASE} the first child is a type the path continues ({@code Vec<T>::new}, {@code <T as Tr>::Item}). */
    PATH,
    /** {@code <T as Trait>} (children T, Trait; name {@code as}), {@code <impl Tr for T>} (name {@code for}) or {@code <T>}. */
    QUALIFIED,
    /** {@code &'a mut T}: name = the prefix ({@code &'a mut}), child T. */
    REF,
    /** {@code *const T} / {@code *mut T}: name = the prefix, child T. */
    PTR,
    /** {@code [T]}: child T. */
    SLICE,
    /** {@code [T; N]}: children T and N. */
    ARRAY,
    /** {@code (A, B)}, {@code (A,)}, {@code ()}. */
    TUPLE,
    /** {@code unsafe extern "C" fn(A) -> B {item}}: name = the prefix up to {@code fn}; children = parameters,
     *  then the return type with {@link Ty#HAS_RETURN}, then the item path with {@link Ty#HAS_ITEM}. */
    FN,
    /** {@code dyn A + B + 'a}: children = bounds. */
    DYN,
    /** {@code impl A + B}: children = bounds. */
    IMPL,
    /** {@code for<'a> T}: children = the binder list, then T. */
    FOR,
    /** A closure, coroutine or async block: name = {@code closure@src/x.rs:1:2: 3:4}; children = the path it is
     *  printed with (old rustc: {@code [closure@warp::log::{closure#0}]}) or captured types.
     *  {@link Ty#SQUARE} means it was printed in {@code [..]}, otherwise {@code {..}}. */
    CLOSURE,
    /** Debug tuple {@code Name(a, b)} or the {@code Fn(A) -> B} sugar ({@link Ty#HAS_RETURN}): name = the path. */
    CALL,
    /** Debug struct {@code Name { a: b, .. }}: name = the path, children = fields. */
    STRUCT,
    /** {@code [a, b]} list (Debug) with zero or several elements; with {@link Ty#BARE} a bare comma list. */
    LIST,
    /** {@code name: value}: name = field name, child the value. */
    FIELD,
    /** {@code Item = T} associated type binding: name = the associated type, child T. */
    BINDING,
    /** Terms and operators side by side ({@code 2:16273 ~ core::x}, {@code T: Send}): children in order. */
    SEQ,
    /** A token that is not a type of its own: lifetime, number, string, operator, keyword, {@code ..}. */
    LEAF,
    /** {@code !} */
    NEVER,
    /** {@code ...} where rustc (or a paste) elided text. Always {@link Ty#TRUNCATED}. */
    ELIDED
}
