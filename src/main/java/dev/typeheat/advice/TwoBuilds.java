package dev.typeheat.advice;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The two builds of a diff, analysed at the same time: they share nothing (each has its own analyzer,
 * catalog and types), so on two cores the diff takes about as long as its larger side instead of both.
 */
public final class TwoBuilds {
    public final Analysis base;
    public final Analysis head;

    private TwoBuilds(Analysis base, Analysis head) {
        this.base = base;
        this.head = head;
    }

    /**
     * Analyses {@code head} on a second thread while this one analyses {@code base}. A base that cannot be
     * read is reported at once, as before; the head's error comes after the base was read.
     */
    public static TwoBuilds analyze(Supplier<Analyzer> analyzers, Path base, Path head) {
        Analyzer forHead = analyzers.get();
        CompletableFuture<Analysis> headRead = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                headRead.complete(forHead.analyze(List.of(head)));
            } catch (Throwable t) {
                headRead.completeExceptionally(t);
            }
        }, "typeheat-diff-head");
        worker.setDaemon(true); // an error in the base ends the run without waiting for the head
        worker.start();
        Analysis baseAnalysis = analyzers.get().analyze(List.of(base));
        try {
            return new TwoBuilds(baseAnalysis, headRead.join());
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** The head's own exception, unchanged, so it is reported as if it had been thrown here. */
    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
