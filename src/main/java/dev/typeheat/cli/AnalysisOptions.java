package dev.typeheat.cli;

import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.advice.config.Allow;
import dev.typeheat.advice.config.ConfigReader;
import dev.typeheat.advice.config.TypeheatConfig;
import dev.typeheat.input.source.CrateSource;
import dev.typeheat.input.source.CrateSourceReader;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Thresholds, config file and the crate's source, shared by suggest, lint, report, fix and diff. The
 * {@code --max-*} options come from the rule list ({@link ThresholdOptions#install}).
 */
public final class AnalysisOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "typeheat.toml to use (default: ./typeheat.toml, else the --src crate's, if present).")
    Path config;

    /** The thresholds given as options (filled by {@link ThresholdOptions}). */
    ThresholdOptions thresholds = new ThresholdOptions();

    @Option(names = "--src", paramLabel = "DIR", description = "The crate's root (where Cargo.toml is): its source places each box "
            + "at the expression that builds what it boxes (default: the current directory, when it has a Cargo.toml).")
    Path src;

    private TypeheatConfig loaded;
    private Path loadedFrom;

    /**
     * The same settings from options declared elsewhere (cargo typeheat, where --config is cargo's); the
     * crate root (null when not known yet) is where its typeheat.toml is looked for.
     */
    static AnalysisOptions of(ThresholdOptions thresholds, Path config, Path crateRoot) {
        AnalysisOptions o = new AnalysisOptions();
        o.thresholds = thresholds;
        o.config = config;
        o.src = crateRoot;
        return o;
    }

    /** The settings file: --config, else ./typeheat.toml, else the crate's (--src) when it has one. */
    private Path configFile() {
        Path p = config != null ? config : Path.of("typeheat.toml");
        if (config == null && !Files.isRegularFile(p) && src != null && Files.isRegularFile(src.resolve("typeheat.toml"))) {
            p = src.resolve("typeheat.toml"); // the crate's own settings (its combinator families) come with it
        }
        return p;
    }

    /** typeheat.toml, read once per file (empty without one). */
    public TypeheatConfig file() {
        Path p = configFile();
        if (loaded == null || !p.equals(loadedFrom)) {
            loadedFrom = p;
            loaded = config == null && !Files.isRegularFile(p) ? TypeheatConfig.EMPTY : ConfigReader.read(p);
        }
        return loaded;
    }

    /** Defaults, then typeheat.toml's [lint], then the command line. */
    public LintConfig lintConfig() {
        Map<String, Long> values = new LinkedHashMap<>(file().thresholds());
        values.putAll(thresholds.values());
        return new LintConfig(values);
    }

    /** The crate root whose source is read: {@code --src}, else the current directory when it is a crate, else null. */
    public Path sourceRoot() {
        return src != null ? src : Files.isRegularFile(Path.of("Cargo.toml")) ? Path.of("") : null;
    }

    /** The crate's source: {@code --src}, else the current directory when it is a crate, else none. */
    public CrateSource source() {
        Path root = sourceRoot();
        if (root == null) {
            return CrateSource.none();
        }
        if (!Files.isDirectory(root.toAbsolutePath())) {
            throw new UsageException("--src " + root + ": no such directory");
        }
        return new CrateSourceReader().read(root);
    }

    /** The analyzer for these options: thresholds, catalog, and the crate's source. */
    public Analyzer analyzer() {
        return new Analyzer(catalog(), lintConfig(), source());
    }

    /**
     * The analyzer for a crate typeheat measured: its source read with the features the build had, and its
     * typeheat.toml used when neither --typeheat-config nor ./typeheat.toml says otherwise.
     */
    public Analyzer analyzer(Path crateRoot, Set<String> features) {
        if (crateRoot != null && Files.isRegularFile(crateRoot.resolve("typeheat.toml"))) {
            src = crateRoot;
        }
        CrateSource source = crateRoot == null ? CrateSource.none() : new CrateSourceReader().read(crateRoot, features);
        return new Analyzer(catalog(), lintConfig(), source);
    }

    public Catalog catalog() {
        Catalog bundled = Catalog.bundled();
        return file().families().isEmpty() ? bundled : bundled.with(file().families());
    }

    public List<Allow> allows() {
        return file().allows();
    }
}
