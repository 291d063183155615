package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Creates JSON writers for report output. */
public final class Json {
    /** Deepest JSON nesting typeheat writes; tree output is cut off above this. */
    public static final int MAX_NESTING = 900;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING + 50).build())
            .build();

    private Json() {
    }

    /** Closes the top-level object and ends the output with a newline, as every JSON report does. */
    public static void finish(JsonGenerator g, OutputStream out) throws IOException {
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    public static JsonGenerator writer(OutputStream out, boolean pretty) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
