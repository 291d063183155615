package dev.typeheat.advice;

/**
 * Thresholds for findings. Defaults are documented in README; {@code typeheat.toml}'s {@code [lint]}
 * table and the command line override them.
 *
 * @param maxDepth          deep-type: nodes on the longest path
 * @param maxNodes          bloated-generic: tree nodes; also the budget the box planner cuts to
 * @param maxChain          long-chain: directly nested combinators of one family
 * @param maxObligationMs   slow-obligation: self time of the queries over one type, in milliseconds
 * @param maxIrLines        bloated-generic: LLVM IR lines of the instantiations using one type
 */
public record LintConfig(int maxDepth, long maxNodes, int maxChain, long maxObligationMs, long maxIrLines) {
    public static final LintConfig DEFAULTS = new LintConfig(24, 400, 12, 500, 20_000);
}
