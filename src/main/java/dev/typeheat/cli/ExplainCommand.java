package dev.typeheat.cli;

import dev.typeheat.advice.TypeExplanations;
import dev.typeheat.demangle.Demangler;
import dev.typeheat.input.InputException;
import dev.typeheat.input.Inputs;
import dev.typeheat.input.Readers;
import dev.typeheat.input.TypeText;
import dev.typeheat.measure.Measurer;
import dev.typeheat.report.ExplainReport;
import dev.typeheat.report.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat explain TYPE|SYMBOL|-|@FILE}: parse types, show their trees and metrics. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Parse a Rust type or symbol (mangled _ZN.../_R... symbols are demangled) and show its tree",
                "and metrics. TYPE is the text itself (quote it), '-' for standard input, or @FILE (or the name of",
                "an existing file) to read a file: every type in it (a long-type file, an error log), largest first."})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TYPE", description = "The type or symbol, '-' for stdin, or @FILE.")
    List<String> text;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}; several types: one JSON object per line).")
    OutputFormat format;

    @Option(names = "--max-depth", defaultValue = "40", description = "Levels of the tree to draw (default: ${DEFAULT-VALUE}).",
            converter = Counts.Int.class)
    int maxDepth;

    @Option(names = "--top", paramLabel = "N", description = "Of a file with many types, explain the N largest (default: all).",
            converter = Counts.Int.class)
    Integer top;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(120);
    }

    @Override
    public Integer call() throws IOException {
        Measurer measurer = new Measurer();
        TypeExplanations types = new TypeExplanations(measurer);
        Path file = fileArgument();
        if (file != null) {
            Inputs inputs = new Inputs(new Readers("explain", types::add)).read(List.of(file));
            Summaries.printReads(System.err, inputs);
        } else {
            String argument = TypeText.check(String.join(" ", text), "<argument>").strip();
            String demangled = Demangler.demangle(argument, false);
            types.add(demangled != null ? demangled : argument, "<argument>", false);
        }
        List<TypeExplanations.Explained> all = types.largestFirst();
        if (all.isEmpty()) {
            throw new InputException(file != null ? file.toString() : "<argument>", "no Rust type found in the input");
        }
        if (top != null) {
            all = all.subList(0, Math.min(top, all.size()));
        }
        ExplainReport report = new ExplainReport(measurer, maxDepth, columns());
        List<TypeExplanations.Explained> shown = all;
        boolean several = shown.size() > 1;
        Outputs.toStdout(out -> {
            for (int i = 0; i < shown.size(); i++) {
                TypeExplanations.Explained e = shown.get(i);
                if (e.parsed().syntaxErrors() > 0) {
                    System.err.println("typeheat: " + e.where() + ": " + e.parsed().firstError()
                            + " (" + e.parsed().syntaxErrors() + " place(s) not understood; marked truncated)");
                }
                if (i > 0 && format == OutputFormat.text) {
                    out.write('\n');
                }
                report.write(e.parsed(), several ? e.where() + " (" + (i + 1) + " of " + shown.size() + ")" : null,
                        e.measured(), format, out);
            }
        });
        return ExitCode.OK;
    }

    /** The file the arguments name ({@code -}, {@code @FILE} or an existing file), or null for type text. */
    private Path fileArgument() {
        if (text.size() != 1) {
            return null;
        }
        String a = text.get(0);
        if (a.equals("-")) {
            return Path.of("-");
        }
        if (a.startsWith("@") && a.length() > 1) {
            return Path.of(a.substring(1));
        }
        try {
            // `typeheat explain x.long-type-123.txt` without the @: no Rust type is spelled like a file that exists,
            // and a name spelled like a file (`errors.txt`, `out/app.ll`) that does not exist is a missing file
            Path p = Path.of(a);
            boolean exists = Files.isRegularFile(p) || Files.exists(p) && !Files.isDirectory(p);
            return exists || looksLikeFileName(a) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * A file name rather than a type: no brackets, spaces or {@code ::}, and a folder ({@code /}) or a file
     * extension ({@code .txt}, {@code .ll.gz}); symbols ({@code _ZN..E.cold}) are types to explain.
     */
    static boolean looksLikeFileName(String a) {
        if (a.startsWith("_ZN") || a.startsWith("_R") || a.startsWith("ZN") || a.startsWith("__Z")
                || a.matches(".*[\\s<>()\\[\\]{}&*,;'\"].*") || a.contains("::")) {
            return false;
        }
        return a.contains("/") || a.matches(".*[^.]\\.[A-Za-z][A-Za-z0-9_]*");
    }
}
