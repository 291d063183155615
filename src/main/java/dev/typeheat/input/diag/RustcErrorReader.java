package dev.typeheat.input.diag;

import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

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
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        DiagnosticLines lines = new DiagnosticLines(in, kind(), summary, out);
        in.lines(lines::line);
        lines.end();
        return summary;
    }
}
