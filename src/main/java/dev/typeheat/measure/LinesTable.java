package dev.typeheat.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** IR lines and copies per key, with cargo-llvm-lines' sort orders. TOTAL counts everything added. */
public final class LinesTable {
    /** One row: lines, copies, and (for instance and type views) the type's size. */
    public static final class Row {
        private final String name;
        private long lines;
        private long copies;
        private int depth;
        private long nodes;

        Row(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public long lines() {
            return lines;
        }

        public long copies() {
            return copies;
        }

        public int depth() {
            return depth;
        }

        public long nodes() {
            return nodes;
        }
    }

    public enum Sort { lines, copies, name }

    private final Map<String, Row> rows = new HashMap<>();
    private long totalLines;
    private long totalCopies;
    private long[] declared;

    /** Adds lines and copies to a row without counting them in TOTAL (views where one copy counts in many rows). */
    public Row add(String key, long lines, long copies) {
        Row r = rows.computeIfAbsent(key, Row::new);
        r.lines += lines;
        r.copies += copies;
        return r;
    }

    public void addTotal(long lines, long copies) {
        totalLines += lines;
        totalCopies += copies;
    }

    /** Saved output declares its TOTAL (which may cover rows the paste left out). */
    public void declareTotal(long lines, long copies) {
        declared = new long[] {lines, copies};
    }

    public void setSize(Row r, int depth, long nodes) {
        r.depth = Math.max(r.depth, depth);
        r.nodes = Math.max(r.nodes, nodes);
    }

    public long totalLines() {
        return declared != null ? Math.max(declared[0], totalLines) : totalLines;
    }

    public long totalCopies() {
        return declared != null ? Math.max(declared[1], totalCopies) : totalCopies;
    }

    public int size() {
        return rows.size();
    }

    /** Rows in the chosen order, those matching {@code filter} (null: all). */
    public List<Row> sorted(Sort sort, Pattern filter) {
        List<Row> out = new ArrayList<>(rows.values());
        Comparator<Row> byName = Comparator.comparing(Row::name, LinesTable::compareBytes);
        Comparator<Row> order;
        switch (sort) {
            case copies:
                order = Comparator.comparingLong(Row::copies).reversed().thenComparing(Comparator.comparingLong(Row::lines).reversed()).thenComparing(byName);
                break;
            case name:
                order = byName;
                break;
            default:
                order = Comparator.comparingLong(Row::lines).reversed().thenComparing(Comparator.comparingLong(Row::copies).reversed()).thenComparing(byName);
        }
        out.sort(order);
        if (filter != null) {
            out.removeIf(r -> !filter.matcher(r.name()).find());
        }
        return out;
    }

    /** Rust orders strings by their UTF-8 bytes. */
    static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(i);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            if (Character.isSupplementaryCodePoint(ca)) {
                i++;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
