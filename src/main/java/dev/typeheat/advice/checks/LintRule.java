package dev.typeheat.advice.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a check is, declared on its class (the way Error Prone's {@code @BugPattern} describes a bug
 * checker): the stable id used in baselines, SARIF and suppressions, and the words every output shows.
 * Its thresholds are {@link Threshold} annotations on the same class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {
    /** Stable id ({@code deep-type}): in baselines, SARIF, {@code allow(..)} comments and docs/rules/ID.md. */
    String id();

    /** A few words ({@code Type nested too deeply}). */
    String title();

    /** What it measures and why that costs compile time, in one or two sentences. */
    String summary();

    /** What to do about a finding, in one or two sentences. */
    String help();

    /** Which types the rule looks at. */
    Scope scope();
}
