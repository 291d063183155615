package dev.typeheat.report;

/** Output formats of {@code typeheat lint}. */
public enum LintFormat {
    text, json, sarif, github, markdown
}
