package dev.typeheat.input.ir;

import dev.typeheat.input.Cost;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.nio.file.Path;
import java.util.function.Consumer;

/** LLVM IR as samples for the advice pipeline: each function's demangled symbol with its IR lines. */
public final class IrSampleReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.LLVM_IR;
    }

    @Override
    public ReadSummary read(Path file, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(file.toString(), kind());
        new IrReader().read(file, f -> {
            summary.record();
            out.accept(new Sample(f.name(), kind(), file.toString(), f.line(), "IR function", Cost.irLines(f.lines(), 1)));
        });
        return summary;
    }
}
