package dev.typeheat.types;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Parsed bracket groups by their text. Symbols and query arguments repeat the same giant generic
 * arguments (every method of one tokio task harness carries the whole server type), so a group parsed
 * once is taken from here the next time its text appears. Looked up by a hash of the text, confirmed by
 * comparing the text itself. Entries point into the texts they came from instead of copying them (groups
 * nest, so copies would repeat each character once per enclosing group); the texts kept alive that way
 * are bounded, and the cache is emptied when they pass {@link #CAPACITY}.
 */
final class GroupCache {
    /** Characters of source text the entries may keep alive. */
    static final long CAPACITY = 32L << 20;
    /** A text longer than this is not kept alive for the sake of its parts (and not cached from). */
    static final int MAX_SOURCE = (int) (CAPACITY / 4);

    /** Whether groups of {@code text} may be cached at all. */
    static boolean accepts(String text) {
        return text.length() <= MAX_SOURCE;
    }

    private record Entry(char open, String source, int from, int length, Content content) {
    }

    private final Map<Long, Entry> entries = new HashMap<>();
    private final Map<String, Boolean> sources = new IdentityHashMap<>();
    private long sourceChars;

    /** The content parsed earlier for the group {@code text[from, to)} opened by {@code open}, or null. */
    Content get(char open, String text, int from, int to, long hash) {
        Entry e = entries.get(key(open, hash, to - from));
        if (e != null && e.open() == open && e.length() == to - from
                && text.regionMatches(from, e.source(), e.from(), to - from)) {
            return e.content();
        }
        return null;
    }

    void put(char open, String text, int from, int to, long hash, Content content) {
        if (!sources.containsKey(text)) {
            if (!accepts(text)) {
                return;
            }
            if (sourceChars + text.length() > CAPACITY) {
                entries.clear();
                sources.clear();
                sourceChars = 0;
            }
            sources.put(text, Boolean.TRUE);
            sourceChars += text.length();
        }
        entries.put(key(open, hash, to - from), new Entry(open, text, from, to - from, content));
    }

    /** Characters of source text kept alive now. */
    long keptChars() {
        return sourceChars;
    }

    private static long key(char open, long hash, int length) {
        return (hash * 0x9E3779B97F4A7C15L + length) * 31 + open;
    }
}
