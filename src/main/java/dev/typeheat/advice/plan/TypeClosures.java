package dev.typeheat.advice.plan;

/**
 * The user's closures inside each node of a {@link TypeUniverse}: a type's subtree names the closures its
 * composition was built from, which is how it is matched to the expression that built it.
 */
public final class TypeClosures {
    private final ClosureSet[] sets;

    public TypeClosures(TypeUniverse universe, ClosureKeys keys) {
        sets = new ClosureSet[universe.size()];
        for (int i = 0; i < universe.size(); i++) {
            if (ClosureKeys.isUserSpan(universe.node(i))) {
                keys.defPathsOnlyFromSource();
                break;
            }
        }
        for (int i = 0; i < universe.size(); i++) {
            int own = keys.idOf(universe.node(i));
            ClosureSet s = own < 0 ? ClosureSet.EMPTY : ClosureSet.of(own);
            for (int c = 0; c < universe.node(i).childCount(); c++) {
                s = s.union(sets[universe.child(i, c)]);
            }
            sets[i] = s;
        }
    }

    /** The closures inside node {@code i} (the node itself included). */
    public ClosureSet of(int i) {
        return sets[i];
    }
}
