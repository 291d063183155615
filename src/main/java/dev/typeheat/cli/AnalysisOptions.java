package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.LintConfig;
import dev.typeheat.input.InputException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Thresholds and config file, shared by suggest, lint and report. */
public final class AnalysisOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "typeheat.toml to use (default: ./typeheat.toml if present).")
    Path config;

    /** The same settings from options declared elsewhere (cargo typeheat, where --config is cargo's). */
    static AnalysisOptions of(ThresholdOptions thresholds, Path config) {
        AnalysisOptions o = new AnalysisOptions();
        o.thresholds = thresholds;
        o.config = config;
        return o;
    }

    @Mixin
    ThresholdOptions thresholds = new ThresholdOptions();

    private JsonNode loaded;

    private JsonNode file() {
        if (loaded != null) {
            return loaded;
        }
        Path p = config != null ? config : Path.of("typeheat.toml");
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

    public Catalog catalog() {
        Catalog bundled = Catalog.bundled();
        JsonNode f = file();
        return f.has("family") ? bundled.with(Catalog.familiesOf(f, String.valueOf(config))) : bundled;
    }
}
