package dev.typeheat.input.ir;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * LLVM IR as samples for the advice pipeline: each function's demangled symbol with its IR lines, and
 * (from debug info) each closure's source place, so types that name closures by path find their line.
 */
public final class IrSampleReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.LLVM_IR;
    }

    @Override
    public ReadSummary read(Input file, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(file.name(), kind());
        DebugInfo debugInfo = new DebugInfo();
        IrReader reader = new IrReader(debugInfo);
        reader.read(file, f -> {
            summary.record();
            out.accept(new Sample(f.name(), kind(), file.name(), f.line(), "IR function", Cost.irLines(f.lines(), 1)));
        });
        reader.reportTo(summary);
        for (Map.Entry<String, DebugInfo.Location> e : debugInfo.closureLocations().entrySet()) {
            out.accept(new Sample(e.getKey(), InputKind.SOURCE_LOCATION, e.getValue().file(), e.getValue().line(),
                    "debug info of " + file.name(), Cost.NONE));
        }
        return summary;
    }
}
