package dev.typeheat.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A file that holds type text a person pasted: one type per line, each line a record on its own. A type
 * pasted over several lines ({@code TraitPredicate(<} ... {@code >)}) is one record: lines whose brackets
 * open more than they close are joined with the lines after them up to the line where the brackets balance
 * again, never dipping below where they started. A line that never balances (rustc cuts long types:
 * {@code drop_in_place<(alloc::string::String}) is a record of its own, marked truncated, and does not
 * swallow the lines after it. Comment lines ({@code # source: ...}, {@code // ...}), cargo's status lines
 * and blank lines are skipped and counted; so are lines of binary data.
 */
public final class TypeTextReader implements SampleReader {
    /** A record joined from several lines is at most this long (the longest line typeheat keeps). */
    static final int MAX_RECORD = Input.MAX_LINE;
    private static final String NOT_UTF8 = "line(s) of invalid UTF-8";

    @Override
    public InputKind kind() {
        return InputKind.TYPE_TEXT;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        Records records = new Records(in.name(), summary, out);
        in.lines((number, line) -> {
            if (line.isBlank()) {
                summary.skip(ReadSummary.BLANK_LINES);
            } else if (TypeLines.isComment(line)) {
                summary.skip("comment line(s)");
            } else if (TypeLines.isCargoStatus(line)) {
                summary.skip("cargo status line(s)");
            } else if (line.indexOf('\0') >= 0) {
                summary.skip("line(s) of binary data (NUL bytes)");
            } else if (line.indexOf('\uFFFD') >= 0) {
                if (!summary.skipped().containsKey(NOT_UTF8)) {
                    summary.warn(number, "invalid UTF-8 at column " + (line.indexOf('\uFFFD') + 1) + ": line skipped");
                }
                summary.skip(NOT_UTF8);
            } else {
                records.line(number, line.strip());
            }
        });
        records.end();
        return summary;
    }

    /**
     * Groups lines into records in one pass. Each line {@code k} is a possible start of a multi-line record
     * with base depth {@code depth(k-1)}; it is decided at the first later line whose lowest depth goes below
     * the base (not a record: the start line stands alone) or whose end depth equals it (a record up to
     * there). Undecided starts have rising bases, so they form a stack and each is pushed and popped once.
     */
    private static final class Records {
        private final String file;
        private final ReadSummary summary;
        private final Consumer<Sample> out;
        /** Lines not emitted yet, from {@link #first} on. */
        private final List<Long> numbers = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        /** Per pending line: the index of the last line of the record it starts, -1 alone, -2 not known yet. */
        private final List<Integer> ends = new ArrayList<>();
        private long pendingChars;
        /** Absolute index of numbers.get(0). */
        private int first;
        private int next;
        private long depth;
        /** Undecided starts: absolute index and base depth, bases rising to the top. */
        private int[] startIndex = new int[16];
        private long[] startBase = new long[16];
        private int starts;

        Records(String file, ReadSummary summary, Consumer<Sample> out) {
            this.file = file;
            this.summary = summary;
            this.out = out;
        }

        void line(long number, String text) {
            int k = next++;
            numbers.add(number);
            texts.add(text);
            ends.add(-2);
            pendingChars += text.length() + 1;
            push(k, depth);
            long lowest = depth;
            long d = depth;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '<' || c == '(' || c == '[' || c == '{') {
                    d++;
                } else if ((c == '>' && (i == 0 || (text.charAt(i - 1) != '-' && text.charAt(i - 1) != '=')))
                        || c == ')' || c == ']' || c == '}') {
                    d--;
                    lowest = Math.min(lowest, d);
                }
            }
            depth = d;
            while (starts > 0 && startBase[starts - 1] > lowest) {
                decide(startIndex[--starts], -1); // its brackets close below where it started
            }
            if (starts > 0 && startBase[starts - 1] == depth) {
                decide(startIndex[--starts], k);
            }
            emitDecided();
            while (pendingChars > MAX_RECORD && !numbers.isEmpty()) {
                decide(first, -1); // a record that long is no paste of one type: its first line stands alone
                dropStart(first);
                emitDecided();
            }
        }

        void end() {
            while (starts > 0) {
                decide(startIndex[--starts], -1);
            }
            emitDecided();
        }

        private void push(int index, long base) {
            if (starts == startIndex.length) {
                startIndex = java.util.Arrays.copyOf(startIndex, starts * 2);
                startBase = java.util.Arrays.copyOf(startBase, starts * 2);
            }
            startIndex[starts] = index;
            startBase[starts] = base;
            starts++;
        }

        private void dropStart(int index) {
            for (int i = 0; i < starts; i++) {
                if (startIndex[i] == index) {
                    System.arraycopy(startIndex, i + 1, startIndex, i, starts - i - 1);
                    System.arraycopy(startBase, i + 1, startBase, i, starts - i - 1);
                    starts--;
                    return;
                }
            }
        }

        private void decide(int index, int end) {
            if (index >= first) {
                ends.set(index - first, end);
            }
        }

        /** Emits records from the first pending line on while their extent is known. */
        private void emitDecided() {
            int emitted = 0;
            while (emitted < ends.size()) {
                int end = ends.get(emitted);
                if (end == -2) {
                    break;
                }
                int last = end < 0 ? first + emitted : end;
                StringBuilder text = new StringBuilder(texts.get(emitted));
                for (int i = first + emitted + 1; i <= last; i++) {
                    text.append(' ').append(texts.get(i - first));
                }
                summary.record();
                out.accept(new Sample(text.toString(), InputKind.TYPE_TEXT, file, numbers.get(emitted), "type", Cost.NONE));
                for (int i = first + emitted; i <= last; i++) {
                    pendingChars -= texts.get(i - first).length() + 1;
                }
                emitted = last - first + 1;
            }
            if (emitted > 0) {
                numbers.subList(0, emitted).clear();
                texts.subList(0, emitted).clear();
                ends.subList(0, emitted).clear();
                first += emitted;
            }
        }
    }
}
