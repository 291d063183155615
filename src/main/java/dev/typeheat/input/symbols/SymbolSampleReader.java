package dev.typeheat.input.symbols;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * nm, llvm-nm, objdump, perf and backtrace text as samples: each distinct symbol, demangled. v0 symbols
 * carry every generic argument of the instantiation, so they hold whole types; legacy ones only impl
 * self types and drop glue.
 */
public final class SymbolSampleReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.SYMBOLS;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        Set<String> seen = new HashSet<>();
        in.lines((number, line) -> {
            String symbol = SymbolLines.symbolOf(line);
            if (symbol == null) {
                summary.skip(line.isBlank() ? ReadSummary.BLANK_LINES : "line(s) without a symbol");
            } else if (!seen.add(symbol)) {
                summary.skip("repeated symbol(s)");
            } else {
                summary.record();
                out.accept(new Sample(symbol, kind(), in.name(), number, "symbol", Cost.NONE));
            }
        });
        return summary;
    }
}
