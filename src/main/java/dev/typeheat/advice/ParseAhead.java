package dev.typeheat.advice;

import dev.typeheat.input.profile.ArgumentListener;
import dev.typeheat.types.Interner;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.TypeParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Parses a profile's costliest query arguments while the profile is still being read: the reader hands each
 * over as it arrives, worker threads (each its own parser, the interner shared) take them from a queue. A
 * compressed profile's second pass keeps one core decompressing and the reading thread mostly waiting; the
 * parsing that followed the read fills that time instead.
 */
final class ParseAhead implements ArgumentListener {
    /** Tells a worker to stop (compared by identity). */
    private static final String END = new String("end of arguments");

    private final Set<String> labels;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Map<String, ParsedType> parsed = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile Throwable failure;

    /** Starts {@code threads} workers; only arguments of {@code labels} (all when empty) are parsed. */
    ParseAhead(Interner interner, int threads, Set<String> labels) {
        this.labels = labels;
        for (int t = 0; t < Math.max(1, threads); t++) {
            Thread w = new Thread(() -> work(new TypeParser(interner)), "typeheat-parse-ahead-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
    }

    @Override
    public void argument(String label, String text) {
        if (labels.isEmpty() || labels.contains(label)) {
            queue.add(text);
        }
    }

    private void work(TypeParser parser) {
        try {
            for (String text = queue.take(); text != END; text = queue.take()) {
                if (failure == null && !parsed.containsKey(text)) {
                    parsed.put(text, parser.parse(text));
                }
            }
        } catch (InterruptedException e) {
            // cancelled
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** Waits for the workers to parse all they were given; returns each text with its parse. */
    Map<String, ParsedType> finish() {
        for (int i = 0; i < workers.size(); i++) {
            queue.add(END);
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing query arguments", e);
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return parsed;
    }

    /** Stops the workers without waiting (the read failed). */
    void cancel() {
        queue.clear();
        workers.forEach(Thread::interrupt);
    }
}
