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
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e == null) {
                    throw new InputException(where, "the trace ends inside its array of events: the file is cut short");
                }
                if (e == JsonToken.START_OBJECT) {
                    readEvent(p, times, argumentKeys, argumentTexts);
                } else {
                    p.skipChildren(); // a number, string or array where an event belongs
                    skip("array element(s) that are not events");
                }
            }
        } catch (JsonParseException e) {
            throw new InputException(where, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(where, "cannot read: " + e.getMessage());
        }
        if (size == 0) {
            throw new InputException(where, "no complete (\"ph\":\"X\") events: not a crox trace"
                    + (skipped.isEmpty() ? "" : " (skipped " + skipped + ")"));
        }
        walk(times);
        return new ProfileData(where, times.rows(), times.totalCpuNanos(), times.intervals(), !argumentTexts.isEmpty(),
                totals.costliest(times, (keys, early) -> { }, key -> argumentTexts.get((int) key),
                        ArgumentListener.NONE), totals.size(), skipped,
                List.of());
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

    private static final long TOO_LARGE = Long.MIN_VALUE;

    /** A number of microseconds (crox writes whole ones; Chrome traces allow fractions) in nanoseconds, or TOO_LARGE. */
    private static long nanos(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long micros = p.getLongValue();
            return Math.abs(micros) < Long.MAX_VALUE / 2000 ? micros * 1000 : TOO_LARGE;
        }
        double ns = p.getValueAsDouble() * 1000;
        return Double.isFinite(ns) && Math.abs(ns) < Long.MAX_VALUE / 2.0 ? Math.round(ns) : TOO_LARGE;
    }

    /** Events left out, per reason. */
    private final Map<String, Long> skipped = new java.util.TreeMap<>();

    private void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /**
     * One event object. A field of the wrong type ({@code "cat": ["Query"]}, {@code "ts": {..}}) makes the event
     * malformed: it is read past, counted and left out, and the events after it are read as usual.
     */
    private void readEvent(JsonParser p, QueryTimes times, Map<String, Long> keys, List<String> texts) throws IOException {
        String name = null;
        String cat = "";
        String ph = "";
        long ts = 0;
        long dur = 0;
        boolean fitsNanos = true;
        int tid = 0;
        String arg0 = null;
        boolean malformed = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            boolean text = v == JsonToken.VALUE_STRING;
            boolean number = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT;
            switch (field) {
                case "name": malformed |= !text; name = text ? p.getText() : null; break;
                case "cat": malformed |= !text; cat = text ? p.getText() : ""; break;
                case "ph": malformed |= !text; ph = text ? p.getText() : ""; break;
                case "ts":
                    malformed |= !number;
                    ts = number ? nanos(p) : 0;
                    fitsNanos &= ts != TOO_LARGE;
                    break;
                case "dur":
                    malformed |= !number;
                    dur = number ? nanos(p) : 0;
                    fitsNanos &= dur != TOO_LARGE;
                    break;
                case "tid": malformed |= !number && !text; tid = number || text ? p.getValueAsInt() : 0; break;
                case "args":
                    if (v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String argName = p.currentName();
                            JsonToken a = p.nextToken();
                            if (argName.equals("arg0") && a == JsonToken.VALUE_STRING) {
                                arg0 = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        malformed = true;
                    }
                    break;
                default:
                    break;
            }
            p.skipChildren(); // a value of the wrong type: its object or array is read past
        }
        if (malformed) {
            skip("malformed event(s) (a field of the wrong type)");
            return;
        }
        if (!ph.equals("X") || name == null) {
            return;
        }
        // time runs forward, and its end in nanoseconds must fit a long
        if (!fitsNanos) {
            skip("event(s) with ts or dur too large for nanoseconds");
            return;
        }
        if (ts < 0 || dur < 0) {
            skip("event(s) with a negative ts or dur");
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
        start[size] = ts;
        end[size] = ts + dur;
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
