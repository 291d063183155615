package dev.typeheat.advice.plan;

import java.util.List;

/**
 * The advice: where to box, fewest boxes first ordered by what each is worth, and what the plan does to
 * the types as a whole.
 *
 * @param boxes       the plan, in order
 * @param effects     per composition handed on: its metrics before and after the whole plan
 * @param unfixable   compositions over a limit that no box of the user's code brings under it
 * @param sourceRead  true when the crate's source placed the boxes; false when only the types spoke
 * @param notes       what the reader should know (source files skipped, compositions that matched nothing)
 * @param maxChain    the chain limit it plans for
 * @param maxDepth    the depth limit it plans for
 */
public record BoxPlan(List<PlannedBox> boxes, List<Effect> effects, List<String> unfixable, boolean sourceRead,
                      List<String> notes, int maxChain, int maxDepth) {

    /** No plan: nothing was over the limits, or nothing was read. */
    public static BoxPlan empty(int maxChain, int maxDepth) {
        return new BoxPlan(List.of(), List.of(), List.of(), false, List.of(), maxChain, maxDepth);
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /**
     * A composition's depth, longest chain and distinct nodes before and after the plan.
     *
     * @param what which composition ({@code src/main.rs:70:15} or the type's head)
     * @param type the composition's type (to tell which crate it belongs to)
     */
    public record Effect(String what, int depthBefore, int depthAfter, int chainBefore, int chainAfter,
                         long distinctBefore, long distinctAfter, dev.typeheat.types.Ty type) {
    }
}
