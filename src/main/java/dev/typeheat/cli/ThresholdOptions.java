package dev.typeheat.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The lint thresholds as options. Inherited (scope INHERIT) so that under {@code cargo typeheat} they may come
 * before or after the sub-command; commands without sub-commands are not affected by the scope.
 */
public final class ThresholdOptions {
    @Option(names = "--max-depth", paramLabel = "N", scope = ScopeType.INHERIT, description = "deep-type threshold (default 24).",
            converter = Counts.Int.class)
    Integer maxDepth;

    @Option(names = "--max-nodes", paramLabel = "N", scope = ScopeType.INHERIT, description = "bloated-generic threshold (default 400).",
            converter = Counts.Long.class)
    Long maxNodes;

    @Option(names = "--max-chain", paramLabel = "N", scope = ScopeType.INHERIT, description = "long-chain threshold (default 12).",
            converter = Counts.Int.class)
    Integer maxChain;

    @Option(names = "--max-obligation-ms", paramLabel = "MS", scope = ScopeType.INHERIT, description = "slow-obligation threshold (default 500).",
            converter = Counts.Long.class)
    Long maxObligationMs;

    @Option(names = "--max-ir-lines", paramLabel = "N", scope = ScopeType.INHERIT, description = "bloated-generic IR lines threshold (default 20000).",
            converter = Counts.Long.class)
    Long maxIrLines;

    /** The thresholds given, as typed. */
    java.util.List<String> given() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (maxDepth != null) {
            out.add("--max-depth");
        }
        if (maxNodes != null) {
            out.add("--max-nodes");
        }
        if (maxChain != null) {
            out.add("--max-chain");
        }
        if (maxObligationMs != null) {
            out.add("--max-obligation-ms");
        }
        if (maxIrLines != null) {
            out.add("--max-ir-lines");
        }
        return out;
    }
}
