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
import java.util.function.Consumer;

/** rustc's {@code *.long-type-*.txt} files: each line one complete type (or {@code Type: Trait}). */
public final class LongTypeReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.LONG_TYPES;
    }

    @Override
    public ReadSummary read(Path file, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(file.toString(), kind());
        long line = 0;
        try (BufferedReader r = InputFiles.reader(file)) {
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                if (text.isBlank()) {
                    summary.skip("blank line(s)");
                    continue;
                }
                summary.record();
                out.accept(new Sample(text, kind(), file.toString(), line, "long type", Cost.NONE));
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), line, 0, "cannot read: " + e.getMessage(), e);
        }
        return summary;
    }
}
