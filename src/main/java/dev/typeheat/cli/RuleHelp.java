package dev.typeheat.cli;

import dev.typeheat.advice.checks.Rule;
import dev.typeheat.advice.checks.Rules;
import dev.typeheat.advice.checks.ThresholdSpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;

/** The rule list at the end of {@code typeheat lint --help}, from the rules themselves. */
public final class RuleHelp implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
        List<String> footer = new ArrayList<>();
        footer.add("");
        footer.add("Rules (each documented in docs/rules/RULE.md):");
        for (Rule r : Rules.all()) {
            StringBuilder limits = new StringBuilder();
            for (ThresholdSpec t : r.thresholds()) {
                limits.append(limits.length() == 0 ? "" : ", ").append(t.option()).append(' ').append(t.defaultValue());
            }
            footer.add(String.format("  %-16s %s", r.id(), r.title()));
            footer.add(String.format("  %-16s %s", "", limits.length() == 0 ? "no threshold: always reported" : limits));
        }
        footer.add("");
        footer.add("Allow findings where the code is, with a comment on or above the line:");
        footer.add("  // typeheat: allow(long-chain, deep-type)");
        footer.add("or by path in typeheat.toml:");
        footer.add("  [[allow]]");
        footer.add("  path = \"src/legacy/\"");
        footer.add("  rules = [\"long-chain\"]");
        spec.usageMessage().footer(footer.toArray(new String[0]));
        return spec;
    }
}
