package dev.typeheat.advice;

import dev.typeheat.types.Ty;

import java.util.List;

/**
 * A run of directly nested combinators of one family, outermost first.
 *
 * @param family   the family
 * @param nodes    the chain's nodes, outermost first
 * @param operands for a binary combinator chain ({@code a.or(b).or(c)}), the operands: the places to box
 */
public record Chain(Family family, List<Ty> nodes, List<Ty> operands) {
    public int length() {
        return nodes.size();
    }

    public Ty top() {
        return nodes.get(0);
    }
}
