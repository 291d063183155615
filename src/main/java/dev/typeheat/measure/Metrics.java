package dev.typeheat.measure;

/**
 * How big a type is.
 *
 * @param depth       nodes on the longest root-to-leaf path
 * @param nodes       tree size counting repeats ({@link Long#MAX_VALUE} when it saturates)
 * @param distinct    distinct subtrees (nodes of the interned DAG)
 * @param length      characters of the printed type (saturating)
 * @param chain       longest run of directly nested generic types with the same path ({@code Or<Or<Or<..>>>} = 3)
 * @param clippyScore clippy's {@code type_complexity} score of the type (lint threshold 250)
 * @param truncated   some part of the type was cut or damaged in the input
 */
public record Metrics(int depth, long nodes, long distinct, long length, int chain, long clippyScore,
                      boolean truncated) {
}
