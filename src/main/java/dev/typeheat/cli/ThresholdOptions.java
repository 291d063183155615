package dev.typeheat.cli;

import dev.typeheat.advice.checks.Rules;
import dev.typeheat.advice.checks.ThresholdSpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lint thresholds given on the command line: one {@code --KEY N} option per threshold of the rule
 * list ({@link Rules}), so a new rule's thresholds are options without touching the command line code.
 * {@link #install} adds them where they belong once picocli has built the commands: to every command
 * mixing in {@link AnalysisOptions}, and to {@code cargo typeheat} and each of its sub-commands (so they
 * may come before or after the sub-command), all setting the one instance the command reads.
 */
public final class ThresholdOptions {
    private final Map<String, Long> values = new LinkedHashMap<>();

    /** Threshold key to the value given on the command line. */
    Map<String, Long> values() {
        return values;
    }

    /** The thresholds given, as typed ({@code --max-chain}). */
    List<String> given() {
        List<String> out = new ArrayList<>();
        for (String key : values.keySet()) {
            out.add("--" + key);
        }
        return out;
    }

    /** Adds the options to every command of {@code root} that reads thresholds. */
    static void install(CommandLine root) {
        for (CommandLine sub : root.getSubcommands().values()) {
            Object command = sub.getCommandSpec().userObject();
            if (command instanceof CargoCommand) {
                ThresholdOptions target = ((CargoCommand) command).thresholds;
                addTo(sub.getCommandSpec(), target, true);
                for (CommandLine cargoSub : sub.getSubcommands().values()) {
                    addTo(cargoSub.getCommandSpec(), target, false);
                }
                continue;
            }
            sub.getCommandSpec().mixins().values().stream().map(CommandSpec::userObject)
                    .filter(AnalysisOptions.class::isInstance).findFirst()
                    .ifPresent(o -> addTo(sub.getCommandSpec(), ((AnalysisOptions) o).thresholds, false));
        }
    }

    /** Adds the options to {@code spec}, setting them on {@code target}; {@code grouped}: under their own help heading. */
    static void addTo(CommandSpec spec, ThresholdOptions target, boolean grouped) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(false).validate(false).multiplicity("0..1")
                .heading("%nThresholds (override typeheat.toml's [lint]; the rules: typeheat lint --help):%n");
        for (ThresholdSpec t : Rules.thresholds()) {
            if (spec.findOption(t.option()) != null) {
                continue;
            }
            OptionSpec option = OptionSpec.builder(t.option())
                    .type(Long.class)
                    .hasInitialValue(false)
                    .converters(new Counts.Long())
                    .paramLabel(t.unit().toUpperCase(Locale.ROOT))
                    .description(Rules.ruleOf(t).id() + ": " + t.doc() + " Default " + t.defaultValue() + " " + t.unit() + ".")
                    .setter(new CommandLine.Model.ISetter() {
                        @Override
                        public <T> T set(T value) {
                            if (value != null) {
                                target.values.put(t.key(), (Long) value);
                            }
                            return null;
                        }
                    })
                    .build();
            if (grouped) {
                group.addArg(option);
            } else {
                spec.addOption(option);
            }
        }
        if (grouped && !group.args().isEmpty()) {
            spec.addArgGroup(group.build());
        }
    }
}
