package dev.typeheat.input.mono;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.typeheat.input.Cost;
import dev.typeheat.input.InputException;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -Z dump-mono-stats} output, JSON ({@code [{"name","instantiation_count","size_estimate",
 * "total_estimate"}]}) or Markdown ({@code | `name` | count | size | total |}).
 */
public final class MonoStatsReader implements SampleReader {
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(.+)`\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public InputKind kind() {
        return InputKind.MONO_STATS;
    }

    @Override
    public ReadSummary read(Input input, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(input.name(), kind());
        String file = input.name();
        try {
            InputStream in = input.stream();
            in.mark(16);
            int first = firstNonBlank(in);
            in.reset();
            if (first == '[') {
                readJson(file, in, summary, out);
            } else {
                readMarkdown(input, summary, out);
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
        return summary;
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < 15; i++) {
            int c = in.read();
            if (c < 0 || !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    private void readJson(String file, InputStream in, ReadSummary summary, Consumer<Sample> out) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InputException(file, 1, 1, "mono-stats JSON must be an array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long line = p.currentLocation().getLineNr();
                String name = null;
                long count = 0;
                long total = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "name": name = p.getText(); break;
                        case "instantiation_count": count = p.getLongValue(); break;
                        case "total_estimate": total = p.getLongValue(); break;
                        default: p.skipChildren();
                    }
                }
                if (name == null) {
                    summary.skip("item(s) without a name");
                    continue;
                }
                summary.record();
                out.accept(new Sample(name, kind(), file, line, "mono item", Cost.monoStats(count, total)));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    "invalid mono-stats JSON: " + e.getOriginalMessage());
        }
    }

    private void readMarkdown(Input input, ReadSummary summary, Consumer<Sample> out) throws IOException {
        String file = input.name();
        input.lines((line, text) -> {
            Matcher m = ROW.matcher(text);
            if (m.matches()) {
                long count;
                long total;
                try {
                    count = Long.parseLong(m.group(2));
                    total = Long.parseLong(m.group(4));
                } catch (NumberFormatException e) {
                    summary.skip("row(s) with numbers too large");
                    return;
                }
                summary.record();
                out.accept(new Sample(m.group(1), kind(), file, line, "mono item", Cost.monoStats(count, total)));
            } else if (!text.isBlank() && !text.startsWith("| Item") && !text.startsWith("| ---")) {
                summary.skip("line(s) that are not table rows");
            }
        });
    }
}
