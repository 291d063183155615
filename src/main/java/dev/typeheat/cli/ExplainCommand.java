package dev.typeheat.cli;

import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;
import dev.typeheat.input.TypeText;
import dev.typeheat.measure.Measurer;
import dev.typeheat.report.ExplainReport;
import dev.typeheat.report.OutputFormat;
import dev.typeheat.types.ParsedType;
import dev.typeheat.types.TypeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat explain TYPE|-}: parse one type, show its tree and metrics. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Parse one Rust type or symbol and show its tree and metrics.",
                "TYPE is the text itself (quote it), '-' for standard input, or @FILE (or the name of an",
                "existing file) to read a file."})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TYPE", description = "The type, '-' for stdin, or @FILE.")
    List<String> text;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--max-depth", defaultValue = "40", description = "Levels of the tree to draw (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Mixin
    WidthOptions widthOptions;

    private int columns() {
        return widthOptions.columns(120);
    }

    @Override
    public Integer call() throws IOException {
        String where;
        String type;
        if (text.size() == 1 && text.get(0).equals("-")) {
            where = "<stdin>";
            type = TypeText.read(InputFiles.openStdin(), where);
        } else if (text.size() == 1 && text.get(0).startsWith("@") && text.get(0).length() > 1) {
            where = text.get(0).substring(1);
            type = TypeText.read(InputFiles.open(Path.of(where)), where);
        } else if (text.size() == 1 && isFile(text.get(0))) {
            // `typeheat explain x.long-type-123.txt` without the @: no Rust type is spelled like a file that exists
            where = text.get(0);
            type = TypeText.read(InputFiles.open(Path.of(where)), where);
        } else {
            where = "<argument>";
            type = TypeText.check(String.join(" ", text), where);
        }
        TypeParser parser = new TypeParser();
        ParsedType parsed = parser.parse(type.strip());
        if (parsed.root() == null) {
            throw new InputException(where, "no Rust type found in the input");
        }
        if (parsed.syntaxErrors() > 0) {
            System.err.println("typeheat: " + where + ": " + parsed.firstError()
                    + " (" + parsed.syntaxErrors() + " place(s) not understood; marked truncated)");
        }
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        new ExplainReport(new Measurer(), maxDepth, columns()).write(parsed, format, out);
        out.flush();
        return ExitCode.OK;
    }

    private static boolean isFile(String argument) {
        try {
            return java.nio.file.Files.isRegularFile(Path.of(argument));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
