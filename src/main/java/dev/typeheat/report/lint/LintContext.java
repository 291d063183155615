package dev.typeheat.report.lint;

import dev.typeheat.advice.lint.BoxAdvice;
import dev.typeheat.advice.lint.LintResult;
import dev.typeheat.advice.lint.SourceRoot;
import dev.typeheat.report.TypeNames;

/**
 * What every lint format renders.
 *
 * @param result  the places, costliest first, and what was set aside
 * @param advice  where to box, per place and as a plan
 * @param names   how types are printed
 * @param top     how many places the text, Markdown and GitHub formats show
 * @param width   the terminal's width, for text
 * @param version typeheat's version (SARIF's driver)
 * @param root    the source root (SARIF's {@code %SRCROOT%})
 */
public record LintContext(LintResult result, BoxAdvice advice, TypeNames names, int top, int width, String version,
                          SourceRoot root) {
}
