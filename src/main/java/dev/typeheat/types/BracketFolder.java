package dev.typeheat.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses text bottom-up by bracket groups so no single ANTLR parse nests deeper than {@link #MAX_HEIGHT}
 * groups or reads more than about {@link #MAX_CHUNK} characters. Scanning is iterative: a group that
 * gets too tall or too large is parsed on its own, and its parent sees a PLACEHOLDER token in its place.
 * Groups parsed on their own are remembered by their text ({@link GroupCache}): text seen before is not
 * parsed again. Small inputs are one chunk: the whole text goes to the parser once.
 */
final class BracketFolder {
    static final int MAX_HEIGHT = 32;
    static final int MAX_CHUNK = 64 * 1024;
    /**
     * A group holding this many characters of its own (beyond groups already parsed on their own) is
     * parsed on its own and cached: small enough that repeated parts of big types are found, large
     * enough that the ANTLR set-up per parse stays a few percent of the work.
     */
    static final int CACHED_FROM = 1024;
    /** Polynomial hash of group text, kept per open group and combined when a group closes. */
    private static final long HASH_BASE = 0x100000001B3L;
    /** A flat list longer than this is parsed one element at a time. */
    static final int SPLIT_LIST = 4 * MAX_CHUNK;

    private final Interner interner;
    private final ChunkParser parser;
    private final List<Content> folded;
    private final GroupCache cache = new GroupCache();

    BracketFolder(Interner interner, ChunkParser parser, List<Content> folded) {
        this.interner = interner;
        this.parser = parser;
        this.folded = folded;
    }

    GroupCache cache() {
        return cache;
    }

    /** Parses balanced text (see {@link BracketScanner#repair}); null when there is nothing to parse. */
    Ty parse(String text) {
        folded.clear();
        int n = text.length();
        // Open groups, innermost last.
        int[] open = new int[64];
        int[] height = new int[64];
        long[] removed = new long[64];
        int[] rangesAt = new int[64];
        // Groups are parsed on their own from CACHED_FROM characters only where that can pay off.
        int foldFrom = GroupCache.accepts(text) ? CACHED_FROM : MAX_CHUNK;
        // Hash of each open group's text so far, and HASH_BASE to the power of its length.
        long[] hash = new long[64];
        long[] power = new long[64];
        int sp = 0;
        // Folded content ranges not yet inside a folded ancestor: start, end (exclusive), placeholder index.
        Ranges ranges = new Ranges();

        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = BracketScanner.literalEnd(text, i);
                if (end > 0) {
                    if (sp > 0) {
                        for (int k = i; k < end; k++) {
                            hash[sp - 1] = hash[sp - 1] * HASH_BASE + text.charAt(k);
                            power[sp - 1] *= HASH_BASE;
                        }
                    }
                    i = end - 1;
                    continue;
                }
            }
            if (BracketScanner.isOpener(c)) {
                if (sp == open.length) {
                    int grow = sp * 2;
                    open = java.util.Arrays.copyOf(open, grow);
                    height = java.util.Arrays.copyOf(height, grow);
                    removed = java.util.Arrays.copyOf(removed, grow);
                    rangesAt = java.util.Arrays.copyOf(rangesAt, grow);
                    hash = java.util.Arrays.copyOf(hash, grow);
                    power = java.util.Arrays.copyOf(power, grow);
                }
                open[sp] = i;
                height[sp] = 0;
                removed[sp] = 0;
                rangesAt[sp] = ranges.size;
                hash[sp] = 0;
                power[sp] = 1;
                sp++;
            } else if (sp > 0 && BracketScanner.isCloser(text, i)) {
                sp--;
                int o = open[sp];
                int h = height[sp] + 1;
                long size = (i - o + 1) - removed[sp];
                long passUp;
                int passHeight;
                if (sp > 0) {
                    // The parent's text grows by this whole group: opener, content, closer.
                    hash[sp - 1] = ((hash[sp - 1] * HASH_BASE + text.charAt(o)) * power[sp] + hash[sp]) * HASH_BASE + c;
                    power[sp - 1] *= HASH_BASE * power[sp] * HASH_BASE;
                }
                if (h >= MAX_HEIGHT || size >= foldFrom) {
                    char opener = text.charAt(o);
                    Content parsed = cache.get(opener, text, o + 1, i, hash[sp]);
                    if (parsed == null) {
                        int errorsBefore = parser.syntaxErrors();
                        parsed = parseContent(opener, substituted(text, o + 1, i, ranges, rangesAt[sp]));
                        if (parser.syntaxErrors() == errorsBefore) {
                            cache.put(opener, text, o + 1, i, hash[sp], parsed); // errors are counted per parse: not cached
                        }
                    }
                    int k = folded.size();
                    folded.add(parsed);
                    ranges.size = rangesAt[sp];
                    ranges.add(o + 1, i, k);
                    passUp = (i - o - 1) - placeholderLength(k);
                    passHeight = 1;
                } else {
                    passUp = removed[sp];
                    passHeight = h;
                }
                if (sp > 0) {
                    removed[sp - 1] += passUp;
                    height[sp - 1] = Math.max(height[sp - 1], passHeight);
                }
            } else if (sp > 0) {
                hash[sp - 1] = hash[sp - 1] * HASH_BASE + c;
                power[sp - 1] *= HASH_BASE;
            }
        }
        String top = substituted(text, 0, n, ranges, 0);
        if (top.length() > SPLIT_LIST) {
            Content.Items items = splitList(top);
            if (items != null) {
                return interner.intern(TyKind.LIST, "", items.items().toArray(new Ty[0]),
                        Ty.BARE | (items.trailingComma() ? Ty.TRAILING_COMMA : 0));
            }
        }
        return parser.parseInput(top);
    }

    private Content parseContent(char openChar, String content) {
        if (content.length() > SPLIT_LIST) {
            Content.Items items = splitList(content);
            if (items != null) {
                return items;
            }
        }
        return parser.parseContent(openChar, content);
    }

    /** A long flat comma list parsed one element at a time, or null when the text is not a list. */
    private Content.Items splitList(String text) {
        List<String> parts = splitTopLevel(text);
        if (parts.size() < 2) {
            return null;
        }
        List<Ty> items = new ArrayList<>(parts.size());
        boolean trailing = parts.get(parts.size() - 1).isBlank();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Content one = parser.parseContent('(', part);
            if (one instanceof Content.Items) {
                items.addAll(((Content.Items) one).items());
            }
        }
        return new Content.Items(items, trailing);
    }

    private static int placeholderLength(int k) {
        return 1 + Integer.toString(k).length();
    }

    private static String substituted(String text, int from, int to, Ranges ranges, int firstRange) {
        if (firstRange >= ranges.size) {
            return text.substring(from, to);
        }
        StringBuilder sb = new StringBuilder();
        int at = from;
        for (int r = firstRange; r < ranges.size; r++) {
            sb.append(text, at, ranges.start[r]);
            sb.append(BracketScanner.PLACEHOLDER_MARK).append(ranges.index[r]);
            at = ranges.end[r];
        }
        sb.append(text, at, to);
        return sb.toString();
    }

    /** Splits text at commas outside any bracket group. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = BracketScanner.literalEnd(text, i);
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
            }
            if (BracketScanner.isOpener(c)) {
                depth++;
            } else if (depth > 0 && BracketScanner.isCloser(text, i)) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static final class Ranges {
        int[] start = new int[16];
        int[] end = new int[16];
        int[] index = new int[16];
        int size;

        void add(int s, int e, int k) {
            if (size == start.length) {
                start = java.util.Arrays.copyOf(start, size * 2);
                end = java.util.Arrays.copyOf(end, size * 2);
                index = java.util.Arrays.copyOf(index, size * 2);
            }
            start[size] = s;
            end[size] = e;
            index[size] = k;
            size++;
        }
    }
}
