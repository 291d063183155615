package dev.typeheat.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading one file produced: how many records, and which were skipped and why. */
public final class ReadSummary {
    private final String file;
    private final InputKind kind;
    private long records;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<Path> references = new ArrayList<>();

    public ReadSummary(String file, InputKind kind) {
        this.file = file;
        this.kind = kind;
    }

    public void record() {
        records++;
    }

    public void skip(String reason) {
        skip(reason, 1);
    }

    public void skip(String reason, long count) {
        skipped.merge(reason, count, Long::sum);
    }

    /** Notes another file this one points to (a long-type file named in an error). */
    public void refer(Path other) {
        if (!references.contains(other)) {
            references.add(other);
        }
    }

    public List<Path> references() {
        return references;
    }

    public String file() {
        return file;
    }

    public InputKind kind() {
        return kind;
    }

    public long records() {
        return records;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    /** {@code read 12 records from f (rustc long-type file); skipped 3 (2 blank, 1 not a type)} */
    public String describe() {
        StringBuilder sb = new StringBuilder("read ").append(records).append(" record(s) from ").append(file)
                .append(" (").append(kind.description()).append(')');
        if (!skipped.isEmpty()) {
            sb.append("; skipped ").append(skippedTotal()).append(" (");
            int i = 0;
            for (Map.Entry<String, Long> e : skipped.entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append(e.getValue()).append(' ').append(e.getKey());
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
