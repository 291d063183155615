package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.report.FixOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat fix PATH...}: the box plan as a unified diff, or written into the crate with --apply. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"The box plan as edits of the crate's source: a unified diff on stdout (git apply takes it),",
                "or written into the files with --apply. Needs the crate's source (run in the crate, or --src DIR)."})
public final class FixCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files or directories (sniffed by content).")
    List<Path> paths;

    @Mixin
    AnalysisOptions options;

    @Mixin
    FixOutputOptions fix;

    @Override
    public Integer call() throws IOException {
        Analysis analysis = options.analyzer().analyze("fix", paths);
        Summaries.printTo(System.err, analysis);
        return emit(analysis, options.sourceRoot(), fix);
    }

    /** Prints or writes the plan (typeheat fix and cargo typeheat fix). */
    static int emit(Analysis analysis, Path root, FixOutputOptions fix) throws IOException {
        String cannot = FixOutput.cannotEdit(analysis.plan());
        if (cannot != null) {
            throw new UsageException(cannot);
        }
        if (!fix.apply) {
            FixOutput.diff(analysis.plan(), System.out, System.err);
            System.out.flush();
            return ExitCode.OK;
        }
        String refusal = FixOutput.apply(analysis.plan(), root, fix.allowDirty, fix.allowNoVcs, System.err);
        if (refusal != null) {
            throw new UsageException("fix --apply: " + refusal);
        }
        return ExitCode.OK;
    }
}
