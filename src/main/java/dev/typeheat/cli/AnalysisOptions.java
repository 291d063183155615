package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.typeheat.advice.Analyzer;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.input.InputException;
import dev.typeheat.input.source.CrateSource;
import dev.typeheat.input.source.CrateSourceReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Thresholds and config file, shared by suggest, lint and report. */
public final class AnalysisOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "typeheat.toml to use (default: ./typeheat.toml, else the --src crate's, if present).")
    Path config;

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

    @Mixin
    ThresholdOptions thresholds = new ThresholdOptions();

    @Option(names = "--src", paramLabel = "DIR", description = "The crate's root (where Cargo.toml is): its source places each box "
            + "at the expression that builds what it boxes (default: the current directory, when it has a Cargo.toml).")
    Path src;

    private JsonNode loaded;
    private Path loadedFrom;

    /** The settings file: --config, else ./typeheat.toml, else the crate's (--src) when it has one. */
    private Path configFile() {
        Path p = config != null ? config : Path.of("typeheat.toml");
        if (config == null && !Files.isRegularFile(p) && src != null && Files.isRegularFile(src.resolve("typeheat.toml"))) {
            p = src.resolve("typeheat.toml"); // the crate's own settings (its combinator families) come with it
        }
        return p;
    }

    private JsonNode file() {
        Path p = configFile();
        if (loaded != null && p.equals(loadedFrom)) {
            return loaded;
        }
        loadedFrom = p;
        if (config == null && !Files.isRegularFile(p)) {
            loaded = new TomlMapper().createObjectNode();
            return loaded;
        }
        try {
            loaded = new TomlMapper().readTree(p.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(p.toString(), e.getLocation() != null ? e.getLocation().getLineNr() : 0,
                    e.getLocation() != null ? e.getLocation().getColumnNr() : 0, "invalid TOML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot read: " + e.getMessage());
        }
        return loaded;
    }

    public LintConfig lintConfig() {
        JsonNode lint = file().path("lint");
        LintConfig d = LintConfig.DEFAULTS;
        return new LintConfig(
                thresholds.maxDepth != null ? thresholds.maxDepth : lint.path("max-depth").asInt(d.maxDepth()),
                thresholds.maxNodes != null ? thresholds.maxNodes : lint.path("max-nodes").asLong(d.maxNodes()),
                thresholds.maxChain != null ? thresholds.maxChain : lint.path("max-chain").asInt(d.maxChain()),
                thresholds.maxObligationMs != null ? thresholds.maxObligationMs : lint.path("max-obligation-ms").asLong(d.maxObligationMs()),
                thresholds.maxIrLines != null ? thresholds.maxIrLines : lint.path("max-ir-lines").asLong(d.maxIrLines()));
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
    public Analyzer analyzer(Path crateRoot, java.util.Set<String> features) {
        if (crateRoot != null && Files.isRegularFile(crateRoot.resolve("typeheat.toml"))) {
            src = crateRoot;
        }
        CrateSource source = crateRoot == null ? CrateSource.none() : new CrateSourceReader().read(crateRoot, features);
        return new Analyzer(catalog(), lintConfig(), source);
    }

    public Catalog catalog() {
        Catalog bundled = Catalog.bundled();
        JsonNode f = file();
        return f.has("family") ? bundled.with(Catalog.familiesOf(f, String.valueOf(config))) : bundled;
    }
}
