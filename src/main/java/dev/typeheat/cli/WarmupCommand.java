package dev.typeheat.cli;

import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.demangle.TextDemangler;
import dev.typeheat.input.Cost;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.Sample;
import dev.typeheat.input.ir.IrReader;
import dev.typeheat.measure.LinesTable;
import dev.typeheat.measure.LinesView;
import dev.typeheat.report.LinesReport;
import dev.typeheat.measure.Measurer;
import dev.typeheat.report.ExplainReport;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.types.TypeParser;
import picocli.CommandLine.Command;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * Hidden: exercises every command's code on tiny inputs once, so the launcher's class-data-sharing
 * archive (recorded during this run) holds the classes and lambdas all commands need.
 */
@Command(name = "warmup", hidden = true, mixinStandardHelpOptions = true, description = "Record the start-up archive (used by the launcher).")
public final class WarmupCommand implements Callable<Integer> {
    private static final String SYMBOLS = String.join("\n",
            "0000000000012345 T _ZN4core3ptr85drop_in_place$LT$std..rt..lang_start$LT$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h0123456789abcdefE",
            "0000000000012346 t _RINvNtCs1234_4core3ptr13drop_in_placeINtNtCs5678_5alloc3vec3VechEEB4_",
            "0000000000012347 t _RNvXs2_NtNtCsjrHSEGnQ3l9_3std4hash6randomNtB5_13DefaultHasherNtNtCsgEmfK2I1SDS_4core4hash6Hasher5write",
            "0000000000012348 t _RNCNCNgCs6DXkGYLi8lr_2cc5spawn00B5_",
            "");

    @Override
    public Integer call() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        for (boolean hash : new boolean[] {false, true}) {
            new TextDemangler(hash).rewrite(new ByteArrayInputStream(SYMBOLS.getBytes(StandardCharsets.UTF_8)), sink);
        }
        TypeParser parser = new TypeParser();
        new ExplainReport(new Measurer(), 40, 120).write(parser.parse(
                "warp::filter::or::Or<warp::filter::map::Map<A, {closure@src/main.rs:1:2: 1:9}>, (Vec<u8>, &'a str)>"),
                OutputFormat.text, sink);
        // lines: a small module through the IR scan, grouping and the table, often enough to be profiled
        StringBuilder ir = new StringBuilder("; ModuleID = 'warmup'\n");
        for (int i = 0; i < 2000; i++) {
            ir.append("define internal void @_ZN4core3ptr13drop_in_place17h0123456789abc").append(i % 10).append("defE(ptr %0) {\n")
                    .append("start:\n  %1 = load ptr, ptr %0, align 8, !dbg !").append(i).append("\n  ret void\n}\n\n")
                    .append("!").append(i).append(" = !DILocation(line: ").append(i).append(", scope: !1)\n");
        }
        LinesView view = new LinesView(LinesView.Group.raw, false);
        new IrReader().read(new ByteArrayInputStream(ir.toString().getBytes(StandardCharsets.UTF_8)), "warmup",
                f -> view.addFunction(f.name(), f.v0(), f.lines()));
        new LinesReport(false).write(view.table(), view.table().sorted(LinesTable.Sort.lines, null), OutputFormat.text, sink);
        Analyzer analyzer = new Analyzer(Catalog.bundled(), LintConfig.DEFAULTS);
        analyzer.accept(new Sample("Binder { value: TraitPredicate(<std::iter::Map<std::slice::Iter<'_, u8>, "
                + "{closure@src/main.rs:3:4: 3:9}> as Iterator>, polarity:Positive), bound_vars: [] }",
                InputKind.TYPE_TEXT, "warmup", 1, "warmup", Cost.NONE));
        return ExitCode.OK;
    }
}
