package dev.typeheat.cli;

import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.demangle.TextDemangler;
import dev.typeheat.input.CompilerHandoff;
import dev.typeheat.input.Cost;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.Sample;
import dev.typeheat.input.ir.IrReader;
import dev.typeheat.measure.LinesView;
import dev.typeheat.measure.Measurer;
import dev.typeheat.report.ExplainReport;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.types.TypeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Hidden: exercises every command's code on tiny inputs once, so the launcher's class-data-sharing
 * archive (recorded during this run) holds the classes and lambdas all commands need. {@code warmup lines}
 * and {@code warmup demangle} exercise one command only, for the launcher's archives of the two commands
 * that race small tools: every class in an archive is loaded when the JVM starts, so theirs stay small.
 */
@Command(name = "warmup", hidden = true, mixinStandardHelpOptions = true, description = "Record the start-up archive (used by the launcher).")
public final class WarmupCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "lines, demangle or all (default: all).")
    String only = "all";

    /** {@code warmup lines} or {@code warmup demangle} without picocli (whose classes they do not need), else null. */
    static WarmupCommand plainInvocation(String[] args) {
        if (args.length != 2 || !args[0].equals("warmup") || !(args[1].equals("lines") || args[1].equals("demangle"))) {
            return null;
        }
        WarmupCommand c = new WarmupCommand();
        c.only = args[1];
        return c;
    }

    private static final String SYMBOLS = String.join("\n",
            "0000000000012345 T _ZN4core3ptr85drop_in_place$LT$std..rt..lang_start$LT$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h0123456789abcdefE",
            "0000000000012346 t _RINvNtCs1234_4core3ptr13drop_in_placeINtNtCs5678_5alloc3vec3VechEEB4_",
            "0000000000012347 t _RNvXs2_NtNtCsjrHSEGnQ3l9_3std4hash6randomNtB5_13DefaultHasherNtNtCsgEmfK2I1SDS_4core4hash6Hasher5write",
            "0000000000012348 t _RNCNCNgCs6DXkGYLi8lr_2cc5spawn00B5_",
            "");

    @Override
    public Integer call() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        if (!only.equals("lines")) {
            demangle(sink);
        }
        if (!only.equals("demangle")) {
            lines(sink);
        }
        if (only.equals("all")) {
            others(sink);
        }
        return ExitCode.OK;
    }

    /**
     * The command's path as {@code typeheat demangle < FILE} takes it, with no temporary file: what is
     * loaded here is loaded at every start of {@code demangle} (creating a temporary file alone brought
     * 60 classes of SecureRandom and file channels).
     */
    private static void demangle(ByteArrayOutputStream sink) throws IOException {
        for (boolean hash : new boolean[] {false, true}) {
            new TextDemangler(hash).rewrite(new ByteArrayInputStream(SYMBOLS.getBytes(StandardCharsets.UTF_8)), sink);
        }
        CompilerHandoff.knownBytes(List.of()); // the launcher's threshold is not set for this run
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(SYMBOLS.repeat(200).getBytes(StandardCharsets.UTF_8)));
            quietly(sink, () -> Main.run("demangle"));
        } finally {
            System.setIn(stdin);
        }
    }

    private static void others(ByteArrayOutputStream sink) throws IOException {
        TypeParser parser = new TypeParser();
        new ExplainReport(new Measurer(), 40, 120).write(parser.parse(
                "warp::filter::or::Or<warp::filter::map::Map<A, {closure@src/main.rs:1:2: 1:9}>, (Vec<u8>, &'a str)>"),
                OutputFormat.text, sink);
        Analyzer analyzer = new Analyzer(Catalog.bundled(), LintConfig.DEFAULTS);
        analyzer.accept(new Sample("Binder { value: TraitPredicate(<std::iter::Map<std::slice::Iter<'_, u8>, "
                + "{closure@src/main.rs:3:4: 3:9}> as Iterator>, polarity:Positive), bound_vars: [] }",
                InputKind.TYPE_TEXT, "warmup", 1, "warmup", Cost.NONE));
    }

    private static void lines(ByteArrayOutputStream sink) throws IOException {
        // lines: a small module through the command's own path (the file, the format table, the IR scan in
        // slices, grouping, the table and the summary), often enough to be profiled
        StringBuilder ir = new StringBuilder("; ModuleID = 'warmup'\n");
        for (int i = 0; i < 2000; i++) {
            ir.append("define internal void @_ZN4core3ptr13drop_in_place17h0123456789abc").append(i % 10).append("defE(ptr %0) {\n")
                    .append("start:\n  %1 = load ptr, ptr %0, align 8, !dbg !").append(i).append("\n  ret void\n}\n\n")
                    .append("define internal void @_RINvNtCs1234_4core3ptr13drop_in_placeINtNtCs5678_5alloc3vec3VechEEB").append(i % 7)
                    .append("_(ptr %0) {\nstart:\n  ret void\n}\n\n")
                    .append("!").append(i).append(" = !DILocation(line: ").append(i).append(", scope: !1)\n");
        }
        Path file = Files.createTempFile("typeheat-warmup", ".ll");
        try {
            Files.writeString(file, ir);
            for (String group : new String[] {"raw", "generic"}) {
                quietly(sink, () -> Main.run("lines", "--group", group, file.toString()));
            }
            LinesView view = new LinesView(LinesView.Group.raw, false);
            new IrReader().readInSlices(file, f -> view.addFunction(f.name(), f.v0(), f.lines()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs a command with its stdout and stderr going to {@code sink}. */
    private static void quietly(ByteArrayOutputStream sink, Runnable command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            System.setOut(new PrintStream(sink));
            System.setErr(new PrintStream(sink));
            command.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
