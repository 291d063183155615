package dev.typeheat.cli;

import dev.typeheat.advice.Analysis;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.lint.SourceRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code typeheat lint PATH...}: findings over thresholds, one per place; exit 1 when there are new ones. */
@Command(name = "lint", mixinStandardHelpOptions = true, modelTransformer = RuleHelp.class,
        description = {"Check types against thresholds; exit 1 on findings not in the baseline.",
                "One finding per place in the code, naming every rule it breaks, costliest first."})
public final class LintCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files or directories (sniffed by content).")
    List<Path> paths;

    @Mixin
    AnalysisOptions options;

    @Mixin
    LintOutputOptions output;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "Where rustc's relative paths (src/main.rs) start: the crate or workspace root (default: --src, else the current directory).")
    Path sourceRoot;

    @Override
    public Integer call() throws IOException {
        Analysis analysis = options.analyzer().analyze("lint", paths);
        Summaries.printTo(System.err, analysis);
        Path dir = sourceRoot != null ? sourceRoot : options.sourceRoot() != null ? options.sourceRoot() : Path.of("");
        SourceRoot root = SourceRoot.at(dir, analysis.findings());
        return LintRunner.run(analysis, options, root, output.request(), System.err);
    }
}
