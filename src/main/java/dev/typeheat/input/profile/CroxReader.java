package dev.typeheat.input.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;
import dev.typeheat.measure.QueryKind;
import dev.typeheat.measure.QueryTimes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * crox's {@code chrome_profiler.json} (a Chrome trace: an array of events, or an object with
 * {@code traceEvents}), read with a streaming parser. Complete ({@code "ph":"X"}) events are kept as
 * primitive columns, ordered by end time per thread like the profile they came from, and walked
 * through {@link QueryTimes}. Times are whole microseconds, as crox wrote them.
 */
public final class CroxReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(256 << 20).build())
            .build();

    private long[] start = new long[4096];
    private long[] end = new long[4096];
    private int[] thread = new int[4096];
    private int[] label = new int[4096];
    private byte[] kind = new byte[4096];
    private long[] arg = new long[4096];
    private int size;

    public ProfileData read(Path file, String where) {
        try (InputStream in = InputFiles.open(file)) {
            return read(in, where);
        } catch (IOException e) {
            throw new InputException(where, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a trace from a stream (a file's or a pipe's, decompressed). */
    public ProfileData read(InputStream in, String where) {
        ArgumentTotals totals = new ArgumentTotals();
        QueryTimes times = new QueryTimes(totals);
        Map<String, Long> argumentKeys = new HashMap<>();
        List<String> argumentTexts = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                if (!seekTraceEvents(p)) {
                    throw new InputException(where, "JSON without traceEvents: not a Chrome trace");
                }
            } else if (t != JsonToken.START_ARRAY) {
                throw new InputException(where, 1, 1, "not a Chrome trace (expected a JSON array of events)");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                readEvent(p, times, argumentKeys, argumentTexts);
            }
        } catch (JsonParseException e) {
            throw new InputException(where, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(where, "cannot read: " + e.getMessage());
        }
        if (size == 0) {
            throw new InputException(where, "no complete (\"ph\":\"X\") events: not a crox trace");
        }
        walk(times);
        return new ProfileData(where, times.rows(), times.totalCpuNanos(), times.intervals(), !argumentTexts.isEmpty(),
                totals.costliest(times, keys -> { }, key -> argumentTexts.get((int) key)), totals.size());
    }

    private static boolean seekTraceEvents(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("traceEvents") && v == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private void readEvent(JsonParser p, QueryTimes times, Map<String, Long> keys, List<String> texts) throws IOException {
        String name = null;
        String cat = "";
        String ph = "";
        long ts = 0;
        long dur = 0;
        int tid = 0;
        String arg0 = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "name": name = p.getText(); break;
                case "cat": cat = p.getText(); break;
                case "ph": ph = p.getText(); break;
                case "ts": ts = p.getValueAsLong(); break;
                case "dur": dur = p.getValueAsLong(); break;
                case "tid": tid = p.getValueAsInt(); break;
                case "args":
                    if (v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String argName = p.currentName();
                            p.nextToken();
                            if (argName.equals("arg0")) {
                                arg0 = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (!ph.equals("X") || name == null) {
            return;
        }
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            thread = Arrays.copyOf(thread, n);
            label = Arrays.copyOf(label, n);
            kind = Arrays.copyOf(kind, n);
            arg = Arrays.copyOf(arg, n);
        }
        start[size] = ts * 1000;
        end[size] = (ts + dur) * 1000;
        thread[size] = tid;
        label[size] = times.label(name);
        kind[size] = (byte) QueryKind.of(cat).ordinal();
        long key = QueryTimes.NO_ARGUMENT;
        if (arg0 != null) {
            Long known = keys.get(arg0);
            if (known == null) {
                known = (long) texts.size();
                texts.add(arg0);
                keys.put(arg0, known);
            }
            key = known;
        }
        arg[size] = key;
        size++;
    }

    /** Feeds the events latest end first (parents before their children), as the profile stores them reversed. */
    private void walk(QueryTimes times) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> end[a] != end[b] ? Long.compare(end[b], end[a])
                : start[a] != start[b] ? Long.compare(start[a], start[b]) : Integer.compare(b, a));
        QueryKind[] kinds = QueryKind.values();
        for (int i : order) {
            times.interval(thread[i], label[i], kinds[kind[i]], start[i], end[i], arg[i]);
        }
        times.finish();
    }
}
