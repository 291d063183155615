package dev.typeheat.advice;

import dev.typeheat.TestCorpus;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoxPlannerTest {
    private final TypeParser parser = new TypeParser();
    private final BoxPlanner planner = new BoxPlanner(Catalog.bundled());

    @Test
    void cutsTheHeaviestBoxableChildUntilWithinBudget() {
        // Or<Or<A, B>, C> with A heavy: A is cut first
        Ty t = parser.parse("warp::filter::or::Or<warp::filter::or::Or<warp::filter::map::Map<warp::filter::map::Map<"
                + "warp::filters::any::Any, F1>, F2>, warp::filter::map::Map<warp::filters::any::Any, F3>>, "
                + "warp::filter::map::Map<warp::filters::any::Any, F4>>").root();
        BoxPlanner.Plan plan = planner.plan(t, 10);
        assertTrue(plan.withinBudget());
        assertEquals(1, plan.cuts().size(), "one cut is enough: " + plan);
        assertEquals(13, plan.nodesBefore());
        assertTrue(plan.nodesAfter() <= 10);
    }

    @Test
    void nothingBoxableMeansOverBudgetAndNoCuts() {
        Ty t = parser.parse("(u8, u16, u32, u64, i8, i16, i32, i64)").root();
        BoxPlanner.Plan plan = planner.plan(t, 3);
        assertTrue(plan.cuts().isEmpty());
        assertTrue(!plan.withinBudget());
    }

    @Test
    void depthBudgetCutsTheChainInTheMiddle() {
        StringBuilder sb = new StringBuilder("std::slice::Iter<'_, u8>");
        for (int i = 0; i < 40; i++) {
            sb.insert(0, "std::iter::Rev<").append('>');
        }
        BoxPlanner.Plan plan = planner.plan(parser.parse(sb.toString()).root(), Long.MAX_VALUE, 24);
        assertTrue(plan.withinBudget(), plan.toString());
        assertEquals(1, plan.cuts().size());
    }

    @Test
    void plannedCutsBringEveryWarpLongTypeUnderTheBudget() throws IOException {
        Measurer measurer = new Measurer();
        Ty largest = null;
        try (Stream<Path> files = Files.walk(TestCorpus.shared().resolve("warp-app/long-types"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f)) {
                    Ty t = parser.parse(line).root();
                    if (largest == null || measurer.nodes(t) > measurer.nodes(largest)) {
                        largest = t;
                    }
                }
            }
        }
        BoxPlanner.Plan plan = planner.plan(largest, LintConfig.DEFAULTS.maxNodes(), LintConfig.DEFAULTS.maxDepth());
        assertTrue(plan.withinBudget(), "largest warp type: " + plan.nodesBefore() + " -> " + plan.nodesAfter());
        assertTrue(plan.nodesBefore() > 1000);
    }
}
