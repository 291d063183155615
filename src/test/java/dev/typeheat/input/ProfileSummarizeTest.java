package dev.typeheat.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.TestCorpus;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import dev.typeheat.measure.Durations;
import dev.typeheat.measure.QueryRow;
import dev.typeheat.report.ProfileReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-label self time, time, count and cache hits equal measureme's summarize, to the nanosecond. */
class ProfileSummarizeTest {

    @Test
    void projectProfileMatchesSummarize() throws IOException {
        Path dir = TestCorpus.project("profile");
        assertMatchesSummarize(dir.resolve("iter_app-0025333.mm_profdata.gz"), dir.resolve("iter_app-0025333.summarize.json"));
    }

    /** Every profile of the shared corpus but the 5.5 GB one (that is the benchmark's). */
    @TestFactory
    Stream<DynamicTest> sharedProfilesMatchSummarize() throws Exception {
        return TestCorpus.overShared(this::sharedProfilesMatchSummarizeIn);
    }

    private Stream<DynamicTest> sharedProfilesMatchSummarizeIn(Path root) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains(".mm_profdata")).sorted().toList()) {
                if (f.toString().endsWith(".zst")) {
                    continue;
                }
                Path oracle = f.resolveSibling("summarize.json");
                tests.add(DynamicTest.dynamicTest(root.relativize(f).toString(), () -> assertMatchesSummarize(f, oracle)));
            }
        }
        assertTrue(tests.size() >= 8, "profiles found: " + tests.size());
        return tests.stream();
    }

    static void assertMatchesSummarize(Path profile, Path summarizeJson) throws IOException {
        ProfileData data = ProfileReader.read(profile);
        JsonNode oracle = new ObjectMapper().readTree(summarizeJson.toFile());
        Map<String, QueryRow> mine = new HashMap<>();
        for (QueryRow r : data.rows()) {
            mine.put(r.label(), r);
        }
        List<String> differences = new ArrayList<>();
        for (JsonNode q : oracle.path("query_data")) {
            String label = q.path("label").asText();
            QueryRow r = mine.remove(label);
            long self = nanos(q.path("self_time"));
            long time = nanos(q.path("time"));
            long count = q.path("invocation_count").asLong();
            long hits = q.path("number_of_cache_hits").asLong();
            if (r == null || r.selfNanos() != self || r.totalNanos() != time || r.count() != count || r.cacheHits() != hits
                    || r.blockedNanos() != nanos(q.path("blocked_time"))
                    || r.incrLoadNanos() != nanos(q.path("incremental_load_time"))) {
                differences.add(label + ": summarize self=" + self + " time=" + time + " count=" + count + " hits=" + hits
                        + ", typeheat " + r);
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " labels differ, e.g. " + differences.subList(0,
                Math.min(5, differences.size())));
        assertTrue(mine.isEmpty(), "labels summarize does not list: " + mine.keySet());
        JsonNode total = oracle.path("total_time");
        assertNotNull(total);
        assertEquals(nanos(total), data.totalCpuNanos(), "total cpu time");
        Path text = summarizeJson.resolveSibling(summarizeJson.getFileName().toString().replace(".json", ".txt"));
        if (Files.isRegularFile(text)) {
            assertTablePrintedAlike(data, text);
        }
    }

    /**
     * Where summarize prints less than nanoseconds ({@code {:.2?}} durations, 3-decimal percentages), typeheat's
     * table prints the same cells for every row of summarize's text table.
     */
    static void assertTablePrintedAlike(ProfileData data, Path summarizeTxt) throws IOException {
        Map<String, QueryRow> mine = new HashMap<>();
        for (QueryRow r : data.rows()) {
            mine.put(r.label(), r);
        }
        List<String> differences = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(summarizeTxt)) {
            String[] cells = line.split("\\|");
            if (cells.length < 7 || !line.startsWith("| ") || cells[1].trim().equals("Item")) {
                continue;
            }
            String label = cells[1].replaceAll("\\s*\\.*\\s*$", "").trim();
            QueryRow r = mine.get(label);
            rows++;
            String self = cells[2].trim();
            String pct = cells[3].trim();
            String time = cells[4].trim();
            String count = cells[5].trim();
            String ours = r == null ? "missing" : Durations.format(r.selfNanos()) + " " + ProfileReport.percent(r.selfNanos(),
                    data.totalCpuNanos()) + " " + Durations.format(r.totalNanos()) + " " + r.count();
            String theirs = self + " " + pct + " " + time + " " + count;
            if (!ours.equals(theirs)) {
                differences.add(label + ": summarize " + theirs + ", typeheat " + ours);
            }
        }
        assertTrue(rows > 100, "rows read from " + summarizeTxt + ": " + rows);
        assertTrue(differences.isEmpty(), differences.size() + " rows printed differently, e.g. " + differences.subList(0,
                Math.min(5, differences.size())));
    }

    private static long nanos(JsonNode d) {
        return d.path("secs").asLong() * 1_000_000_000L + d.path("nanos").asLong();
    }
}
