package dev.typeheat.types;

import java.util.List;

/** What the inside of one bracket pair parsed to; a folded group is passed to its parent as one of these. */
sealed interface Content permits Content.Items, Content.Qualified, Content.Array, Content.Special {

    /** This content as a comma list, for places that take any content as a list (a tuple, generic arguments...). */
    Items asItems(Interner in);

    /** The text this content stands for inside a path name (a disambiguator's {@code [..]}). */
    default String text(Interner in) {
        StringBuilder sb = new StringBuilder();
        for (Ty t : asItems(in).items()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(TypePrinter.WITH_HASHES.print(t));
        }
        return sb.toString();
    }

    /** A comma list (generic arguments, tuple elements, Debug fields...). */
    record Items(List<Ty> items, boolean trailingComma) implements Content {
        static final Items EMPTY = new Items(List.of(), false);

        @Override
        public Items asItems(Interner in) {
            return this;
        }
    }

    /** {@code T as Trait} (or, in impl paths, {@code impl Trait for T}) inside angle brackets. */
    record Qualified(Ty self, Ty trait, String keyword) implements Content {
        Ty node(Interner in) {
            return in.intern(TyKind.QUALIFIED, keyword, new Ty[] {self, trait}, 0);
        }

        @Override
        public Items asItems(Interner in) {
            return new Items(List.of(node(in)), false);
        }
    }

    /** {@code T; N} inside square brackets. */
    record Array(Ty element, Ty length) implements Content {
        @Override
        public Items asItems(Interner in) {
            return new Items(List.of(element, length), false);
        }
    }

    /** A closure span (a CLOSURE node) or a namespace tag such as {@code closure#0} / {@code {closure}} (a LEAF). */
    record Special(Ty node) implements Content {
        @Override
        public Items asItems(Interner in) {
            return new Items(List.of(node), false);
        }

        @Override
        public String text(Interner in) {
            return TypePrinter.WITH_HASHES.print(node);
        }
    }
}
