package dev.typeheat.input.llvmlines;

import dev.typeheat.input.Cost;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Saved cargo-llvm-lines tables as samples: each row's function name with its lines and copies. */
public final class LlvmLinesSampleReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.LLVM_LINES;
    }

    @Override
    public ReadSummary read(Path file, Consumer<Sample> out) {
        return new LlvmLinesReader().read(file, (name, lines, copies) ->
                out.accept(new Sample(name, kind(), file.toString(), 0, "llvm-lines row", Cost.irLines(lines, copies))));
    }
}
