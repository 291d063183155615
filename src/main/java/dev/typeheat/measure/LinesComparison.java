package dev.typeheat.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Two lines tables side by side, like {@code diff}: each key's lines and copies before and after. */
public final class LinesComparison {
    /** One key in both tables (0 where it is absent). */
    public record Row(String name, long linesBefore, long linesAfter, long copiesBefore, long copiesAfter) {
        public long change() {
            return linesAfter - linesBefore;
        }
    }

    private final String before;
    private final String after;
    private final LinesTable a;
    private final LinesTable b;

    public LinesComparison(String before, LinesTable a, String after, LinesTable b) {
        this.before = before;
        this.after = after;
        this.a = a;
        this.b = b;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public Row total() {
        return new Row("(TOTAL)", a.totalLines(), b.totalLines(), a.totalCopies(), b.totalCopies());
    }

    /** Keys whose lines or copies differ, largest change first (ties by name); {@code filter} as in lines. */
    public List<Row> changed(Pattern filter) {
        Map<String, LinesTable.Row> before = index(a);
        Map<String, LinesTable.Row> after = index(b);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Row> out = new ArrayList<>();
        for (String k : keys) {
            LinesTable.Row x = before.get(k);
            LinesTable.Row y = after.get(k);
            Row r = new Row(k, x == null ? 0 : x.lines(), y == null ? 0 : y.lines(),
                    x == null ? 0 : x.copies(), y == null ? 0 : y.copies());
            if ((r.change() != 0 || r.copiesBefore() != r.copiesAfter()) && (filter == null || filter.matcher(k).find())) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingLong((Row r) -> Math.abs(r.change())).reversed()
                .thenComparing(Comparator.comparingLong((Row r) -> Math.abs(r.copiesAfter() - r.copiesBefore())).reversed())
                .thenComparing(Row::name, LinesTable::compareBytes));
        return out;
    }

    private static Map<String, LinesTable.Row> index(LinesTable t) {
        Map<String, LinesTable.Row> m = new HashMap<>();
        for (LinesTable.Row r : t.sorted(LinesTable.Sort.name, null)) {
            m.put(r.name(), r);
        }
        return m;
    }
}
