package dev.typeheat.types;

/**
 * The characters a node prints itself, crate hashes kept: its printed length without its children's,
 * counted from its kind's parts ({@link TyKind#spell}). Summed over a tree it is the length of
 * {@link TypePrinter#WITH_HASHES}' text. Reusable and not thread-safe: a measurer keeps one, so a
 * million-node type is measured without a million counters.
 */
public final class OwnLength implements TyKind.Spelling {
    private long chars;

    /** The characters {@code t} prints around its children. */
    public long of(Ty t) {
        chars = 0;
        t.kind().spell(t, this);
        return chars;
    }

    @Override
    public void text(String text) {
        chars += text.length();
    }

    @Override
    public void name(String name) {
        chars += name.length();
    }

    @Override
    public void child(Ty child) {
    }
}
