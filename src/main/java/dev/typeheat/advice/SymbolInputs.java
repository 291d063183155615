package dev.typeheat.advice;

import dev.typeheat.input.Input;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.InputUse;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.ir.IrReader;
import dev.typeheat.input.symbols.SymbolLines;
import dev.typeheat.measure.SymbolStats;

/**
 * What {@code typeheat symbols} reads: nm, llvm-nm, objdump, perf report (flat or call graph) and
 * backtrace text, and lists of demangled names (which look like type text), into one {@link SymbolStats}.
 */
public final class SymbolInputs implements InputUse {
    private final SymbolStats stats = new SymbolStats();

    @Override
    public String command() {
        return "symbols";
    }

    @Override
    public boolean reads(InputKind kind) {
        return kind == InputKind.SYMBOLS || kind == InputKind.TYPE_TEXT || kind == InputKind.LLVM_IR;
    }

    @Override
    public InputKind fallback() {
        return InputKind.SYMBOLS;
    }

    @Override
    public ReadSummary read(Input in, InputKind kind) {
        if (kind == InputKind.LLVM_IR) {
            // the symbols of the functions LLVM IR defines
            ReadSummary summary = new ReadSummary(in.name(), kind);
            IrReader reader = new IrReader();
            reader.read(in, fn -> {
                summary.record();
                stats.add(fn.name());
            });
            reader.reportTo(summary);
            return summary;
        }
        ReadSummary summary = new ReadSummary(in.name(), InputKind.SYMBOLS);
        long before = stats.symbols();
        in.lines((number, line) -> {
            String symbol = SymbolLines.symbolOf(line);
            if (symbol == null) {
                summary.skip(line.isBlank() ? ReadSummary.BLANK_LINES : "line(s) without a symbol");
            } else {
                summary.record();
                stats.add(symbol);
            }
        });
        long text = summary.skipped().getOrDefault("line(s) without a symbol", 0L);
        if (stats.symbols() == before && summary.records() == 0 && text > 0) {
            // text with no symbol in it; an empty or blank input is read as nothing, like one without lines
            throw new InputException(in.name(), "no symbols found (" + text
                    + " line(s), none from nm, objdump, perf or a backtrace)");
        }
        return summary;
    }

    public SymbolStats stats() {
        return stats;
    }
}
