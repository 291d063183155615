package dev.typeheat.cli;

import dev.typeheat.demangle.TextDemangler;
import dev.typeheat.input.CompilerHandoff;
import dev.typeheat.input.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat demangle [--hash] [FILE|-]...}: a drop-in for rustfilt. */
@Command(name = "demangle", versionProvider = Main.Version.class,
        description = {"Demangle Rust symbols (legacy _ZN and v0 _R) in text, like rustfilt;",
                "everything else is copied byte for byte. Reads stdin when no FILE is given."})
public final class DemangleCommand implements Callable<Integer> {
    @Option(names = {"-h", "--hash"}, description = "Keep symbol hashes and crate disambiguators (like rustfilt -h).")
    boolean hash;

    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "FILE", description = "Inputs ('-' for stdin); .gz and .zst are read transparently.")
    List<String> files;

    /**
     * The command for {@code demangle [-h|--hash] [--] [FILE|-]...} without picocli, or null when the
     * arguments hold anything else (help, --debug, unknown options): picocli then parses them as usual.
     */
    static DemangleCommand plainInvocation(String[] args) {
        if (args.length == 0 || !args[0].equals("demangle")) {
            return null;
        }
        DemangleCommand command = new DemangleCommand();
        command.files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && (a.equals("-h") || a.equals("--hash"))) {
                command.hash = true;
            } else if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                command.files.add(a);
            } else {
                return null;
            }
        }
        return command;
    }

    @Override
    public Integer call() throws IOException {
        List<String> inputs = files == null ? List.of() : files;
        List<String> command = hash ? List.of("demangle", "--hash") : List.of("demangle");
        long handoff = CompilerHandoff.threshold();
        long known = handoff < 0 ? 0 : CompilerHandoff.knownBytes(inputs);
        if (handoff >= 0 && known >= handoff) {
            List<String> whole = new ArrayList<>(command);
            whole.add("--");
            whole.addAll(inputs);
            return CompilerHandoff.runWhole(whole);
        }
        TextDemangler demangler = new TextDemangler(hash);
        int[] code = {ExitCode.OK};
        // what was demangled before an input failed (a truncated .gz) is still written: closing flushes
        Outputs.rawToStdout(out -> {
            if (inputs.isEmpty()) {
                if (known >= 0) { // a file under the threshold, or no threshold
                    demangler.rewrite(InputFiles.openStdin(), out);
                } else {
                    CompilerHandoff.Head head = new CompilerHandoff.Head(InputFiles.openStdin(), handoff);
                    demangler.rewrite(head, out);
                    if (head.more()) {
                        out.flush(); // ours first: the JVM taking over writes after it
                        code[0] = head.handOff(command);
                    }
                }
            } else {
                for (String f : inputs) {
                    try (InputStream in = f.equals("-") ? InputFiles.openStdin() : InputFiles.open(Path.of(f))) {
                        demangler.rewrite(in, out);
                    }
                }
            }
        });
        return code[0];
    }
}
