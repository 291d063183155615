package dev.typeheat.types;

import java.util.List;

/** What the inside of one bracket pair parsed to; a folded group is passed to its parent as one of these. */
sealed interface Content permits Content.Items, Content.Qualified, Content.Array, Content.Special {

    /** A comma list (generic arguments, tuple elements, Debug fields...). */
    record Items(List<Ty> items, boolean trailingComma) implements Content {
    }

    /** {@code T as Trait} (or, in impl paths, {@code impl Trait for T}) inside angle brackets. */
    record Qualified(Ty self, Ty trait, String keyword) implements Content {
    }

    /** {@code T; N} inside square brackets. */
    record Array(Ty element, Ty length) implements Content {
    }

    /** A closure span (a CLOSURE node) or a namespace tag such as {@code closure#0} / {@code {closure}} (a LEAF). */
    record Special(Ty node) implements Content {
    }
}
