package dev.typeheat.advice.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * A lint rule as its check declares it ({@link LintRule} and {@link Threshold} on the check's class).
 *
 * @param id         stable id ({@code deep-type})
 * @param title      a few words
 * @param summary    what it measures and why it costs compile time
 * @param help       what to do
 * @param scope      which types it looks at
 * @param thresholds its settings, in declaration order
 */
public record Rule(String id, String title, String summary, String help, Scope scope, List<ThresholdSpec> thresholds) {
    /** Where the rule's page lives in the repository. */
    public static final String DOCS_BASE = "https://github.com/typeheat/typeheat/blob/main/docs/rules/";

    /** Reads the annotations of a check class. */
    static Rule of(Class<?> check) {
        LintRule r = check.getAnnotation(LintRule.class);
        if (r == null) {
            throw new IllegalStateException(check.getName() + " has no @LintRule");
        }
        List<ThresholdSpec> thresholds = new ArrayList<>();
        for (Threshold t : check.getAnnotationsByType(Threshold.class)) {
            thresholds.add(new ThresholdSpec(t.key(), t.defaultValue(), t.unit(), t.doc()));
        }
        return new Rule(r.id(), r.title(), r.summary(), r.help(), r.scope(), List.copyOf(thresholds));
    }

    /** {@code docs/rules/deep-type.md}, relative to the repository root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }

    /** The rule's page on the web (SARIF helpUri). */
    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }
}
