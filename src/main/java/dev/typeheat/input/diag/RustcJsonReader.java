package dev.typeheat.input.diag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.input.InputException;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * rustc {@code --error-format=json} and cargo {@code --message-format=json}: one JSON object per line.
 * The diagnostic's rendered text is read like human output; lines that are other cargo messages
 * (artifacts, build-finished) are counted as skipped.
 */
public final class RustcJsonReader implements SampleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public InputKind kind() {
        return InputKind.RUSTC_JSON;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        in.lines((line, text) -> {
            if (text.isBlank()) {
                return;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (IOException e) {
                summary.skip("line(s) that are not JSON");
                return;
            }
            JsonNode diagnostic = node.has("message") && node.path("reason").asText().equals("compiler-message")
                    ? node.get("message") : node;
            if (!diagnostic.has("rendered") && !diagnostic.path("$message_type").asText().equals("diagnostic")) {
                summary.skip("cargo message(s) without a diagnostic");
                return;
            }
            String rendered = diagnostic.path("rendered").asText(diagnostic.path("message").asText(""));
            DiagnosticLines lines = new DiagnosticLines(in, kind(), summary, out);
            for (String renderedLine : rendered.split("\n")) {
                lines.line(line, renderedLine);
            }
            lines.end();
        });
        return summary;
    }
}
