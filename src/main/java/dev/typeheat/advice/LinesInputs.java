package dev.typeheat.advice;

import dev.typeheat.input.Input;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.InputUse;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.ir.IrReader;
import dev.typeheat.input.llvmlines.LlvmLinesReader;
import dev.typeheat.measure.LinesView;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code typeheat lines} reads: LLVM IR and saved cargo-llvm-lines tables, each table its own result
 * (a paste with a before and an after table gives two). IR files of one build add up to one result, as
 * {@code cargo llvm-lines --files} does, unless each file is asked to stand alone ({@code separate}).
 */
public final class LinesInputs implements InputUse {
    /** One table: where it came from and its rows grouped for the chosen view. */
    public record Result(String name, LinesView view) {
    }

    private final LinesView.Group group;
    private final boolean deep;
    private final boolean separate;
    private final List<Result> results = new ArrayList<>();
    private Result ir;
    private int irFiles;
    private boolean legacyNames;

    public LinesInputs(LinesView.Group group, boolean deep, boolean separate) {
        this.group = group;
        this.deep = deep;
        this.separate = separate;
    }

    @Override
    public String command() {
        return "lines";
    }

    @Override
    public boolean reads(InputKind kind) {
        return kind == InputKind.LLVM_IR || kind == InputKind.LLVM_LINES;
    }

    @Override
    public InputKind fallback() {
        return InputKind.LLVM_LINES;
    }

    @Override
    public boolean showsEachInput() {
        return true;
    }

    @Override
    public ReadSummary read(Input in, InputKind kind) {
        return kind == InputKind.LLVM_IR ? readIr(in) : readTables(in);
    }

    private ReadSummary readIr(Input in) {
        ReadSummary summary = new ReadSummary(in.name(), InputKind.LLVM_IR);
        irFiles++;
        if (ir == null || separate) {
            ir = new Result(in.name(), new LinesView(group, deep));
            results.add(ir);
        } else {
            results.set(results.indexOf(ir), ir = new Result("LLVM IR of " + irFiles + " files", ir.view()));
        }
        LinesView view = ir.view();
        IrReader reader = new IrReader();
        reader.read(in, fn -> {
            summary.record();
            legacyNames |= !fn.v0();
            view.addFunction(fn.name(), fn.v0(), fn.lines());
        });
        reader.reportTo(summary);
        return summary;
    }

    private ReadSummary readTables(Input in) {
        List<Result> tables = new ArrayList<>();
        tables.add(new Result(in.name(), new LinesView(group, deep)));
        ReadSummary summary = new LlvmLinesReader().read(in, new LlvmLinesReader.Rows() {
            @Override
            public void row(String name, long lines, long copies) {
                last().view().addRow(name, lines, copies);
            }

            @Override
            public void total(long lines, long copies) {
                last().view().declaredTotal(lines, copies);
            }

            @Override
            public void table(int index, String name) {
                Result named = new Result(in.name() + ": " + name, index > tables.size() ? new LinesView(group, deep) : last().view());
                if (index > tables.size()) {
                    tables.add(named);
                } else {
                    tables.set(tables.size() - 1, named);
                }
            }

            private Result last() {
                return tables.get(tables.size() - 1);
            }
        });
        if (summary.records() == 0 && tables.get(0).view().table().totalLines() == 0) {
            throw new InputException(in.name(), "neither LLVM IR (no `define` lines) nor cargo-llvm-lines output (no rows)");
        }
        if (tables.size() > 1 && tables.get(0).name().equals(in.name())) {
            // of a paste of several tables, the first unnamed one is called by its order like the others
            tables.set(0, new Result(in.name() + ": table 1", tables.get(0).view()));
        }
        results.addAll(tables);
        return summary;
    }

    /** The tables read, in the order of the inputs. */
    public List<Result> results() {
        return results;
    }

    /** Whether some IR names were legacy-mangled (they carry no generic arguments). */
    public boolean legacyNames() {
        return legacyNames;
    }
}
