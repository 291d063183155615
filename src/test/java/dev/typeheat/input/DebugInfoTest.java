package dev.typeheat.input;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.ir.DebugInfo;
import dev.typeheat.input.ir.IrReader;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closures' source places from the debug info of the chains crate's IR, keyed the way profiles name them. */
class DebugInfoTest {
    private static Map<String, DebugInfo.Location> chainsClosures() {
        DebugInfo info = new DebugInfo();
        long functions = new IrReader(info).read(TestCorpus.project("generated/chains/chains-debug.ll.gz"), f -> { });
        assertTrue(functions > 1000, "functions: " + functions);
        return info.closureLocations();
    }

    @Test
    void closuresAreKeyedByTheirDefPath() {
        Map<String, DebugInfo.Location> places = chainsClosures();
        // corpus/crates/chains/src/pipeline.rs: `.scan(0.0, |acc, (v, i)| {` and `.filter(|(i, _)| i % 2 == 0)`
        assertEquals(new DebugInfo.Location("src/pipeline.rs", 13), places.get("chains::pipeline::smoothed::{closure#3}"));
        assertEquals(new DebugInfo.Location("src/pipeline.rs", 18), places.get("chains::pipeline::smoothed::{closure#4}"));
    }

    /** Debug info says {async_fn#0} and {async_block#1}; rustc's def paths (and profiles) say {closure#N}. */
    @Test
    void asyncBodiesAreNamedLikeClosures() {
        Map<String, DebugInfo.Location> places = chainsClosures();
        assertEquals(new DebugInfo.Location("src/futs.rs", 170), places.get("chains::futs::session::{closure#0}"));
        assertEquals(new DebugInfo.Location("src/futs.rs", 174), places.get("chains::futs::session::{closure#0}::{closure#1}"));
        assertTrue(places.keySet().stream().noneMatch(k -> k.contains("{async_")), "unnormalized: " + places.keySet());
    }
}
