package dev.typeheat.types;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk every analysis is built on: each distinct node once, children before parents, ascending id. */
class TyWalkTest {
    private final TypeParser parser = new TypeParser();

    @Test
    void aChainComesOutLeafFirst() {
        Ty root = parser.parse("A<".repeat(3000) + "u8" + ">".repeat(3000)).root();
        List<Ty> order = TyWalk.childrenFirst(root);
        assertEquals(3001, order.size());
        assertEquals("u8", order.get(0).name());
        assertSame(root, order.get(order.size() - 1));
        assertAscendingAndChildrenFirst(order);
    }

    @Test
    void aDagWhoseBranchesInterleaveIsStillInIdOrder() {
        // the stack pops the second branch's nodes before the first's, whose ids are smaller: ranked, not reversed
        Ty root = parser.parse("(A<B<C<u8>>, (u16, B<C<u8>>), Vec<A<B<C<u8>>>>, D<u32, u64>)").root();
        List<Ty> order = TyWalk.childrenFirst(root);
        assertAscendingAndChildrenFirst(order);
        assertEquals(new HashSet<>(order).size(), order.size(), "each distinct node once");
        assertEquals(reachable(root).size(), order.size());
    }

    @Test
    void aBigDagIsRankedOverItsBitmap() {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < 5000; i++) {
            text.append("S").append(i).append("<u8, T").append(i % 7).append(">, ");
        }
        Ty root = parser.parse(text.append(")").toString()).root();
        List<Ty> order = TyWalk.childrenFirst(root);
        assertAscendingAndChildrenFirst(order);
        assertEquals(reachable(root).size(), order.size());
        assertEquals(order, List.of(TyWalk.childrenFirstArray(List.of(root))));
    }

    @Test
    void knownNodesAndWhatOnlyTheyReachAreLeftOut() {
        Ty root = parser.parse("Outer<Inner<Deep<u8>>, u16>").root();
        Ty inner = root.child(0);
        List<Ty> order = TyWalk.childrenFirst(root, t -> t == inner);
        assertEquals(List.of("Outer", "u16"), order.stream().map(Ty::name).sorted().toList());
    }

    private static void assertAscendingAndChildrenFirst(List<Ty> order) {
        Set<Ty> before = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            Ty t = order.get(i);
            assertTrue(i == 0 || order.get(i - 1).id() < t.id(), "ascending id at " + i);
            for (int c = 0; c < t.childCount(); c++) {
                assertTrue(before.contains(t.child(c)), "child before parent at " + i);
            }
            before.add(t);
        }
    }

    private static Set<Ty> reachable(Ty root) {
        Set<Ty> seen = new HashSet<>();
        java.util.ArrayDeque<Ty> stack = new java.util.ArrayDeque<>(List.of(root));
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            if (seen.add(t)) {
                t.children().forEach(stack::push);
            }
        }
        return seen;
    }
}
