package dev.typeheat.measure;

import dev.typeheat.types.TypeParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each metric on small types whose values can be checked by hand. */
class MeasurerTest {
    private final TypeParser parser = new TypeParser();
    private final Measurer measurer = new Measurer();

    private Metrics of(String type) {
        return measurer.measure(parser.parse(type).root());
    }

    @Test
    void clippyScoreMatchesClippysOwnExample() {
        // clippy: Vec<Vec<Box<(u32, u32, u32, u32)>>> = 10 + 20 + 30 + 40 + 4 * 50 = 300
        assertEquals(300, of("Vec<Vec<Box<(u32, u32, u32, u32)>>>").clippyScore());
    }

    @Test
    void clippyScoreCountsReferencesFnPointersAndDyn() {
        assertEquals(1 + 10, of("&u8").clippyScore(), "a reference adds 1 and does not nest");
        assertEquals(50 + 20, of("fn(u8)").clippyScore(), "fn pointer 50, its argument nests");
        assertEquals(20 + 10, of("dyn Send").clippyScore(), "dyn 20, its bound stays at the same level");
        assertEquals(10 + 1, of("Vec<_>").clippyScore(), "`_` adds 1");
    }

    @Test
    void depthNodesDistinctAndLength() {
        Metrics m = of("Or<Or<A, B>, Or<A, B>>");
        assertEquals(3, m.depth());
        assertEquals(7, m.nodes());
        assertEquals(4, m.distinct(), "the repeated Or<A, B> is one node");
        assertEquals("Or<Or<A, B>, Or<A, B>>".length(), m.length());
    }

    @Test
    void chainCountsDirectlyNestedSameCombinator() {
        assertEquals(3, of("warp::filter::or::Or<warp::filter::or::Or<warp::filter::or::Or<A, B>, C>, D>").chain());
        assertEquals(1, of("Map<Filter<Map<I, F>, G>, H>").chain(), "Map inside Filter inside Map is not a run");
        assertEquals(0, of("u8").chain());
    }

    @Test
    void truncationComesFromElisionsAndCuts() {
        assertTrue(of("Map<Map<..., ...>, ...>").truncated());
        assertTrue(of("core::ptr::drop_in_place<(alloc::string::String").truncated());
        assertFalse(of("Map<Map<A, B>, C>").truncated());
    }
}
