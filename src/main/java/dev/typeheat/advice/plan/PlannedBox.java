package dev.typeheat.advice.plan;

import dev.typeheat.advice.Family;
import dev.typeheat.types.Ty;

import java.util.List;

/**
 * One box of the plan.
 *
 * @param rank     its place in the plan, 1 first (by marginal gain)
 * @param subtree  a type node it boxes
 * @param family   its combinator family (which has the remedy)
 * @param where    where to box
 * @param why      which limit it fixes, or that it is the hand-off
 * @param worth    what it is worth given the boxes before it
 * @param remedy   the call as written ({@code .boxed()}) and what it needs
 * @param edits    the source edits that apply it (empty without source)
 * @param note     what else to know: a signature that changes, a call site used instead of a fn's value
 */
public record PlannedBox(int rank, Ty subtree, Family family, Placement where, String why, PlanGain.Worth worth,
                         String remedy, List<SourceEdit> edits, String note) {
}
