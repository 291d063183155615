package dev.typeheat.input.diag;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.util.function.Consumer;

/** rustc's {@code *.long-type-*.txt} files: each line one complete type (or {@code Type: Trait}). */
public final class LongTypeReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.LONG_TYPES;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        in.lines((line, text) -> {
            if (text.isBlank()) {
                summary.skip(ReadSummary.BLANK_LINES);
                return;
            }
            summary.record();
            out.accept(new Sample(text, kind(), in.name(), line, "long type", Cost.NONE));
        });
        return summary;
    }
}
