package dev.typeheat.input.diag;

import dev.typeheat.input.Cost;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * rustc's (or cargo's) human error output: every type quoted after a phrase such as {@code required for},
 * {@code overflow evaluating the requirement} or {@code within} becomes a sample. Shortened types
 * ({@code Map<And<..., ...>, ...>}) are samples too; the full ones are in the long-type files the text
 * names, which are located and handed back as references for the caller to read once.
 */
public final class RustcErrorReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.RUSTC_ERRORS;
    }

    @Override
    public ReadSummary read(Path file, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(file.toString(), kind());
        long line = 0;
        try (BufferedReader r = InputFiles.reader(file)) {
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                for (DiagnosticText.Quote q : DiagnosticText.quotes(text)) {
                    summary.record();
                    out.accept(new Sample(q.type(), kind(), file.toString(), line, q.phrase(), Cost.NONE));
                }
                String longTypes = DiagnosticText.longTypeFile(text);
                if (longTypes != null) {
                    Optional<Path> found = LongTypeFiles.locate(file, longTypes);
                    if (found.isPresent()) {
                        summary.refer(found.get());
                    } else {
                        summary.skip("long-type file(s) named but not found");
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), line, 0, "cannot read: " + e.getMessage(), e);
        }
        return summary;
    }
}
