package dev.typeheat.advice;

import dev.typeheat.input.ReadSummary;
import dev.typeheat.measure.Measurer;

import java.util.List;

/**
 * Everything one run found: what was read, the joined types, the findings and the suggestions.
 *
 * @param summaries    per file: records and skipped records
 * @param unrecognized files in directories that are no known input (skipped)
 * @param types        all types, joined across inputs
 * @param findings     rule hits, worst first: every type over a threshold (lint merges them per place)
 * @param suggestions  where to box: the plan's boxes in its order
 * @param plan         the box plan those come from, with its effect
 * @param parseErrors  samples the grammar had to recover from (parsed partially)
 * @param total        what all samples cost together (query self time, IR lines and copies)
 * @param closurePlaces closure and async block paths ({@code app::main::{closure#0}}) placed by debug info
 * @param measurer     the measurer the types were measured with (its memo holds their metrics): whoever
 *                     reads their numbers later asks this one, so no caller pairs an analysis with another
 * @param spans        the span finder that placed the findings (its memo holds an answer for every node
 *                     asked about): lint and the report ask it again instead of walking the types anew
 * @param catalog      the catalog the types were sorted into families with (its memo likewise)
 * @param shapeSpelling the spelling the findings' shapes were printed in ({@link Fingerprint#spelling}; its
 *                     memo holds every node it rewrote): the diff prints the shapes again with it
 */
public record Analysis(List<ReadSummary> summaries, List<String> unrecognized, TypeTable types,
                       List<Finding> findings, List<Suggestion> suggestions, long parseErrors,
                       dev.typeheat.input.Cost total, dev.typeheat.advice.plan.BoxPlan plan,
                       java.util.Map<String, SourceSpan> closurePlaces, Measurer measurer,
                       SpanFinder spans, Catalog catalog, dev.typeheat.types.RustSpelling shapeSpelling) {
}
