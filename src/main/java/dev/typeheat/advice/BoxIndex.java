package dev.typeheat.advice;

import dev.typeheat.types.Ty;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the plan's boxes lie inside a type: a finding lists the boxes that cut its type. Remembered
 * per node, children first, so asking about every finding costs one walk of the run's types.
 */
final class BoxIndex {
    private final List<Suggestion> plan;
    private final Map<Ty, long[]> memo = new IdentityHashMap<>();
    private final Map<Ty, Integer> boxAt = new IdentityHashMap<>();
    private final int words;

    BoxIndex(List<Suggestion> plan) {
        this.plan = plan;
        this.words = Math.max(1, (plan.size() + 63) / 64);
        for (int i = 0; i < plan.size(); i++) {
            boxAt.putIfAbsent(plan.get(i).subtree(), i);
        }
    }

    /** The boxes inside {@code type} (itself included), in plan order. */
    List<Suggestion> inside(Ty type) {
        if (plan.isEmpty()) {
            return List.of();
        }
        long[] mask = mask(type);
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if ((mask[i >>> 6] & (1L << (i & 63))) != 0) {
                out.add(plan.get(i));
            }
        }
        return out;
    }

    private long[] mask(Ty root) {
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Ty t = stack.peek();
            if (memo.containsKey(t)) {
                stack.pop();
                continue;
            }
            boolean ready = true;
            for (int i = 0; i < t.childCount(); i++) {
                if (!memo.containsKey(t.child(i))) {
                    stack.push(t.child(i));
                    ready = false;
                }
            }
            if (!ready) {
                continue;
            }
            stack.pop();
            long[] m = new long[words];
            Integer own = boxAt.get(t);
            if (own != null) {
                m[own >>> 6] |= 1L << (own & 63);
            }
            for (int i = 0; i < t.childCount(); i++) {
                long[] c = memo.get(t.child(i));
                for (int w = 0; w < words; w++) {
                    m[w] |= c[w];
                }
            }
            memo.put(t, m);
        }
        return memo.get(root);
    }
}
