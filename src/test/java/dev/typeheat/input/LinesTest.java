package dev.typeheat.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** typeheat lines against cargo-llvm-lines' own output on the same files. */
class LinesTest {

    static String read(Path p) throws IOException {
        try (InputStream in = InputFiles.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void projectIrCountsExactlyLikeCargoLlvmLines() throws IOException {
        CliRun.Result r = CliRun.run("lines", "--group", "raw", TestCorpus.project("llvm-lines/iter_app-release.ll.gz").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(read(TestCorpus.project("llvm-lines/llvm-lines-iter_app-release.txt")), r.out());
    }

    /** Every .ll of the shared corpus: the whole table byte for byte (TOTAL, rows, both percentages). */
    @TestFactory
    Stream<DynamicTest> sharedIrCountsExactlyLikeCargoLlvmLines() throws Exception {
        return TestCorpus.overShared(LinesTest::sharedIrCountsExactlyLikeCargoLlvmLinesIn);
    }

    private static Stream<DynamicTest> sharedIrCountsExactlyLikeCargoLlvmLinesIn(Path root) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path ll : files.filter(p -> p.getFileName().toString().matches(".*\\.ll(\\.gz)?")).sorted().toList()) {
                String stem = ll.getFileName().toString().replaceAll("\\.ll(\\.gz)?$", "");
                Path oracle = ll.resolveSibling("llvm-lines-" + stem + ".txt");
                Path oracleFile = Files.exists(oracle) ? oracle : Path.of(oracle + ".gz");
                tests.add(DynamicTest.dynamicTest(root.relativize(ll).toString(), () -> {
                    CliRun.Result r = CliRun.run("lines", "--group", "raw", ll.toString());
                    assertEquals(read(oracleFile), r.out());
                }));
            }
        }
        assertTrue(tests.size() >= 6, "found " + tests.size());
        return tests.stream();
    }

    /**
     * The default view on the same files: TOTAL identical, and the rows identical to cargo-llvm-lines'
     * once its v0 names (which carry crate hashes and arguments) are grouped by generic function too.
     */
    @TestFactory
    Stream<DynamicTest> genericViewMatchesCargoLlvmLinesRowsGroupedTheSameWay() throws Exception {
        return TestCorpus.overShared(LinesTest::genericViewMatchesCargoLlvmLinesRowsGroupedTheSameWayIn);
    }

    private static Stream<DynamicTest> genericViewMatchesCargoLlvmLinesRowsGroupedTheSameWayIn(Path root) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path ll : files.filter(p -> p.getFileName().toString().matches(".*-release\\.ll(\\.gz)?")).sorted().toList()) {
                String stem = ll.getFileName().toString().replaceAll("\\.ll(\\.gz)?$", "");
                Path oracle = ll.resolveSibling("llvm-lines-" + stem + ".txt");
                Path oracleFile = Files.exists(oracle) ? oracle : Path.of(oracle + ".gz");
                tests.add(DynamicTest.dynamicTest(root.relativize(ll).toString(), () -> {
                    java.util.Map<String, long[]> expected = new java.util.TreeMap<>();
                    long[] total = new long[2];
                    new dev.typeheat.input.llvmlines.LlvmLinesReader().read(oracleFile,
                            new dev.typeheat.input.llvmlines.LlvmLinesReader.Rows() {
                                @Override
                                public void row(String name, long lines, long copies) {
                                    String key = name.matches(".*\\[[0-9a-f]{16}\\].*")
                                            ? dev.typeheat.measure.GenericName.of(name) : name;
                                    long[] v = expected.computeIfAbsent(key, k -> new long[2]);
                                    v[0] += lines;
                                    v[1] += copies;
                                }

                                @Override
                                public void total(long lines, long copies) {
                                    total[0] = lines;
                                    total[1] = copies;
                                }
                            });
                    CliRun.Result r = CliRun.run("lines", "--format", "json", ll.toString());
                    JsonNode j = new ObjectMapper().readTree(r.out());
                    assertEquals(total[0], j.at("/total/lines").asLong());
                    assertEquals(total[1], j.at("/total/copies").asLong());
                    java.util.Map<String, long[]> actual = new java.util.TreeMap<>();
                    for (JsonNode row : j.path("rows")) {
                        actual.put(row.path("name").asText(), new long[] {row.path("lines").asLong(), row.path("copies").asLong()});
                    }
                    assertEquals(expected.keySet(), actual.keySet());
                    for (String k : expected.keySet()) {
                        assertArrayEquals(expected.get(k), actual.get(k), k);
                    }
                }));
            }
        }
        assertTrue(tests.size() >= 3, "found " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> savedTablesReadBackExactly() throws Exception {
        Stream<Path> own = Stream.of(TestCorpus.project("llvm-lines/llvm-lines-iter_app-release.txt"));
        return Stream.concat(own.map(LinesTest::readsBackExactly), TestCorpus.overShared(shared -> {
            try (Stream<Path> files = Files.walk(shared)) {
                return files.filter(p -> p.getFileName().toString().matches("llvm-lines-.*_app-.*")).sorted().toList()
                        .stream().map(LinesTest::readsBackExactly);
            }
        }));
    }

    private static DynamicTest readsBackExactly(Path table) {
        return DynamicTest.dynamicTest(table.getFileName().toString(), () -> {
            CliRun.Result r = CliRun.run("lines", "--group", "raw", table.toString());
            assertEquals(read(table), r.out());
        });
    }

    @Test
    void everyFormatEraGivesTheSameRows() throws IOException {
        String current = json("llvm-lines/llvm-lines-iter_app-release.txt");
        assertEquals(current, json("llvm-lines/era-2020-iter_app-release.txt"));
        assertEquals(current, json("llvm-lines/era-2018-iter_app-release.txt"));
    }

    private static String json(String file) {
        return CliRun.run("lines", "--group", "raw", "--format", "json", TestCorpus.project(file).toString()).out();
    }

    @Test
    void pastedOutputSkipsAndCountsWhatIsNotARow() throws IOException {
        CliRun.Result r = CliRun.run("lines", "--format", "json", TestCorpus.project("llvm-lines/era-2017-paste.txt").toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(20, j.path("rows").size());
        assertEquals("typeheat: " + TestCorpus.project("llvm-lines/era-2017-paste.txt")
                + ": read as cargo-llvm-lines table: 20 record(s); skipped 6 (2 cargo status, 1 elision (...), 2 markdown fence, 1 shell prompt)\n", r.err());
    }

    @Test
    void genericViewGroupsV0CopiesOfOneGenericFunction() throws IOException {
        CliRun.Result r = CliRun.run("lines", "--format", "json", TestCorpus.project("llvm-lines/paste-v0-futile.txt").toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        boolean found = false;
        for (JsonNode row : j.path("rows")) {
            if (row.path("name").asText().equals("<color_backtrace::Frame>::print")) {
                assertEquals(2, row.path("copies").asInt());
                found = true;
            }
            assertTrue(!row.path("name").asText().matches(".*\\[[0-9a-f]{16}\\].*"), "crate hash left in " + row);
        }
        assertTrue(found, r.out());
    }

    @Test
    void typeViewBlamesInstantiationArguments() throws IOException {
        CliRun.Result r = CliRun.run("lines", "--group", "type", "--format", "json",
                TestCorpus.project("llvm-lines/chains-v0.ll.gz").toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(5577, j.at("/total/lines").asLong());
        JsonNode top = j.path("rows").get(0);
        assertEquals("hashbrown::raw::RawTable<(u64, usize)>", top.path("name").asText());
        assertTrue(top.path("nodes").asInt() >= 4);
    }

    @Test
    void filterHidesRowsButKeepsTheTotal() throws IOException {
        CliRun.Result r = CliRun.run("lines", "--filter", "^core::", "--format", "json",
                TestCorpus.project("llvm-lines/iter_app-release.ll.gz").toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(13043, j.at("/total/lines").asLong());
        for (JsonNode row : j.path("rows")) {
            assertTrue(row.path("name").asText().startsWith("core::"), row.toString());
        }
    }

    /**
     * Two runs pasted one after the other (the same build as cargo-llvm-lines 0.4.0 and today print it):
     * two results compared, never one table summed from both; suggest and lint analyse the last one and
     * count every row once, as read or as skipped.
     */
    @Test
    void aPasteOfTwoTablesIsComparedAndEachRowCountedOnce(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path paste = dir.resolve("paste.txt");
        String first = Files.readString(TestCorpus.project("llvm-lines/era-2020-iter_app-release.txt"));
        String second = Files.readString(TestCorpus.project("llvm-lines/llvm-lines-iter_app-release.txt"));
        Files.writeString(paste, first + second);
        CliRun.Result lines = CliRun.run("lines", paste.toString());
        assertEquals(0, lines.code(), lines.err());
        assertTrue(lines.out().startsWith("--- " + paste + ": table 1\n+++ " + paste + ": table 2\n"), lines.out());
        assertTrue(lines.out().contains("      13,043       13,043         +0  (+0.0%)       76       76  (TOTAL)\n"), lines.out());
        assertTrue(lines.out().endsWith("(no function changed)\n"), lines.out());

        CliRun.Result lint = CliRun.run("lint", paste.toString());
        long rows = second.lines().filter(l -> l.matches("\\s*\\d+ .*") && !l.contains("(TOTAL)")).count();
        long allLines = (first + second).lines().count();
        assertTrue(lint.err().contains(paste + ": read as cargo-llvm-lines table: " + rows + " record(s); skipped "
                + (allLines - rows) + " (2 TOTAL row(s), 2 dash row, 2 header, " + rows
                + " row(s) of earlier tables (only the last one is analysed))"), lint.err());
    }
}
