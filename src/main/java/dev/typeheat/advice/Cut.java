package dev.typeheat.advice;

import dev.typeheat.types.Ty;

/**
 * One planned {@code .boxed()}: the subtree to box and what it saves.
 *
 * @param node        the subtree that becomes a boxed type
 * @param family      its family (which has the remedy)
 * @param savesNodes  tree nodes removed from the type per occurrence (the subtree becomes one node)
 * @param occurrences how often the subtree occurs in the type
 */
public record Cut(Ty node, Family family, long savesNodes, long occurrences) {
}
