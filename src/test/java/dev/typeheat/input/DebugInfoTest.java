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
        long[] functions = {0};
        new IrReader(info).read(TestCorpus.project("generated/chains/chains-debug.ll.gz"), f -> functions[0]++);
        assertTrue(functions[0] > 500, "functions: " + functions[0]);
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

    /** Numbers past int, a namespace that is its own scope, a missing file: such lines place nothing. */
    @Test
    void damagedMetadataPlacesNothingAndNeverThrows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path ll = dir.resolve("damaged.ll");
        java.nio.file.Files.writeString(ll, String.join("\n",
                "define void @_ZN3foo3barE() {", "  ret void", "}",
                "!99999999999 = !DIFile(filename: \"src/x.rs\", directory: \"/\")",
                "!4 = !DIFile(filename: \"src/y.rs\", directory: \"/\")",
                "!5 = !DINamespace(name: \"a\", scope: !5)",
                "!6 = !DINamespace(name: \"app\", scope: null)",
                "!7 = distinct !DISubprogram(name: \"{closure#0}\", scope: !6, file: !99999999999, line: 99999999999)",
                "!8 = distinct !DISubprogram(name: \"{closure#1}\", scope: !5, file: !4, line: 3)",
                "!9 = distinct !DISubprogram(name: \"{closure#2}\", scope: !6, file: !3, line: 4)",
                "!10 = distinct !DISubprogram(name: \"{closure#3}\", scope: !6, file: !4, line: 5)", ""));
        DebugInfo info = new DebugInfo();
        long[] functions = {0};
        new IrReader(info).read(ll, f -> functions[0]++);
        assertEquals(1, functions[0]);
        assertEquals(Map.of("app::{closure#3}", new DebugInfo.Location("src/y.rs", 5)), info.closureLocations());
    }
}
