package dev.typeheat.input;

import dev.typeheat.TestCorpus;
import dev.typeheat.advice.Obligation;
import dev.typeheat.advice.ObligationRanking;
import dev.typeheat.cli.ExitCode;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import dev.typeheat.measure.Measurer;
import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.typeheat.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles as users hand them over: both formats agree; broken files get one line and exit 3. */
class ProfileInputsTest {
    @TempDir
    Path tmp;

    private Path unpacked() throws IOException {
        Path out = tmp.resolve("iter.mm_profdata");
        try (InputStream in = InputFiles.open(TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz"))) {
            Files.copy(in, out);
        }
        return out;
    }

    @Test
    void mmProfdataAndCroxJsonRankObligationsAlike() {
        Path dir = TestCorpus.shared().resolve("tower-app/self-profile-args");
        Path mm = dir.resolve("tower_app-0005395.mm_profdata.gz");
        Path crox = dir.resolve("chrome_profiler.json.gz");
        List<Obligation> a = new ObligationRanking(new Measurer()).rank(ProfileReader.read(mm), Set.of("evaluate_obligation"));
        List<Obligation> b = new ObligationRanking(new Measurer()).rank(ProfileReader.read(crox), Set.of("evaluate_obligation"));
        // crox rounds every event to whole microseconds, so only clearly separated times keep their order
        List<String> topA = a.subList(0, 10).stream().map(o -> o.type().toString() + o.trait()).collect(Collectors.toList());
        List<String> topB = b.subList(0, 15).stream().map(o -> o.type().toString() + o.trait()).collect(Collectors.toList());
        assertTrue(topB.containsAll(topA.subList(0, 5)), "top obligations differ:\n" + topA + "\n" + topB);
        assertEquals(topA.get(0), topB.get(0));
    }

    @Test
    void warpServersTopObligationComesWithItsSizeAndTrait() throws Exception {
        Path crox = TestCorpus.shared().resolve("warp-app/self-profile-args/chrome_profiler-min100ms.json.gz");
        var r = run("profile", "--format", "json", "--top", "5", crox.toString());
        assertEquals(0, r.code(), r.err());
        var top = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("obligations").get(0);
        assertTrue(top.path("depth").asInt() > 30, top.toString());
        assertTrue(top.path("nodes").asLong() > 1000, top.toString());
        assertFalse(top.path("trait").isNull(), top.toString());
        assertTrue(top.path("type").asText().contains("warp::"), top.toString());
    }

    @Test
    void profileCommandJsonHasQueriesAndObligations() {
        var r = run("profile", "--format", "json", TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"queries\":[{\"label\":"), r.out());
        assertTrue(r.out().contains("\"obligations\":[{\"query\":"), r.out());
        assertTrue(r.out().contains("\"selfNanos\":"));
    }

    @Test
    void profileCutInTheMiddleOfAPageIsOneLineError() throws IOException {
        Path whole = unpacked();
        Path cut = tmp.resolve("cut.mm_profdata");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2 + 7));
        var r = run("profile", cut.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("typeheat: " + cut + ": truncated profile"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void wrongMagicAndWrongVersionAreNamed() throws IOException {
        Path garbage = tmp.resolve("x.mm_profdata");
        Files.write(garbage, "MMPQ\u0009\0\0\0garbage".getBytes());
        var r = run("profile", garbage.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("typeheat: " + garbage + ": not a self-profile: neither measureme's MMPD magic nor a Chrome trace (JSON) at the start\n", r.err());

        Path v8 = tmp.resolve("v8.mm_profdata");
        byte[] bytes = Files.readAllBytes(unpacked());
        bytes[4] = 8;
        Files.write(v8, bytes);
        var r8 = run("profile", v8.toString());
        assertEquals(ExitCode.BAD_INPUT, r8.code());
        assertTrue(r8.err().contains("version 8 found; typeheat reads version 9"), r8.err());
    }

    @Test
    void jsonThatIsNotATraceIsOneLineError() throws IOException {
        Path json = tmp.resolve("package.json");
        Files.writeString(json, "{\"name\": \"x\", \"version\": \"1.0.0\"}");
        var r = run("profile", json.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("typeheat: " + json + ": JSON without traceEvents: not a Chrome trace\n", r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void profileWithoutArgumentsSaysHowToRecordThem() {
        Path f = TestCorpus.shared().resolve("iter-app/self-profile-default/iter_app-0025283.mm_profdata");
        ProfileData d = ProfileReader.read(f);
        assertFalse(d.hasArguments());
        var r = run("profile", f.toString());
        assertTrue(r.out().contains("-Z self-profile-events=default,args"), r.out());
    }
}
