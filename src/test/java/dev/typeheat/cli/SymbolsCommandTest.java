package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SymbolsCommandTest {
    @Test
    void mangledNmDumpIsDemangledParsedAndRanked() throws Exception {
        CliRun.Result r = CliRun.run("symbols", "--format", "json", "--top", "5",
                TestCorpus.project("demangle/nm-v0-sample.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.path("symbols").asLong() > 300, r.out());
        JsonNode top = j.path("largest").get(0);
        assertTrue(top.path("nodes").asLong() >= top.path("depth").asLong());
        assertTrue(!top.path("example").asText().startsWith("_R"), "still mangled: " + top);
        assertTrue(j.path("mostInstantiated").get(0).path("count").asLong() >= 2, r.out());
    }

    /** Each type is listed once, however many symbols are instantiated over it, with one of them as example. */
    @Test
    void typesAreRankedOnceWithTheSymbolsUsingThem() throws Exception {
        CliRun.Result r = CliRun.run("symbols", "--format", "json", "--top", "100000",
                TestCorpus.project("generated/chains/nm-v0.txt").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode largest = j.path("largest");
        assertEquals(j.path("types").asInt(), largest.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        long previous = Long.MAX_VALUE;
        int shared = 0;
        for (JsonNode t : largest) {
            String type = t.path("type").asText();
            assertTrue(seen.add(type), "listed twice: " + type);
            assertTrue(t.path("example").asText().contains(type), type + " not in its example " + t.path("example"));
            assertTrue(t.path("nodes").asLong() <= previous, "not ordered by size at " + type);
            previous = t.path("nodes").asLong();
            shared += t.path("symbols").asLong() > 1 ? 1 : 0;
        }
        assertTrue(shared > 10, "types used by several symbols: " + shared);
        // The generated chains crate's deepest iterator chain comes first.
        assertTrue(largest.get(0).path("type").asText().contains("chains::iters::"), largest.get(0).toString());
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "0000000000012346 t _RINvNtCs1234_4core3ptr13drop_in_placeINtNtCs5678_5alloc3vec3VechEEB4_\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun.Result r = CliRun.run("symbols", "--format", "json", "-");
            assertEquals(0, r.code(), r.err());
            assertEquals("alloc::vec::Vec<u8>", new ObjectMapper().readTree(r.out()).path("largest").get(0).path("type").asText());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void backtraceAndPerfLinesYieldTheirSymbols() {
        assertEquals("core::ptr::drop_in_place<u8>", dev.typeheat.input.symbols.SymbolLines.symbolOf(
                "  12.50%  app  app  [.] core::ptr::drop_in_place<u8>"));
        assertEquals("std::rt::lang_start::{{closure}}::h5b8f0a1c2d3e4f50", dev.typeheat.input.symbols.SymbolLines.symbolOf(
                "   3: _ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h5b8f0a1c2d3e4f50E"));
        assertEquals("main", dev.typeheat.input.symbols.SymbolLines.symbolOf("0000000000401000 <main>:"));
    }
}
