package dev.typeheat.input;

import dev.typeheat.CliRun;
import dev.typeheat.MmProfileBytes;
import dev.typeheat.input.profile.ProfileArgument;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-profiles whose string table refers to itself over and over (a 1.9 KB file that would expand to
 * 200^64 pieces): each string is cut at the 1 MiB typeheat expands, the cut is counted and said, and the
 * rest of the profile is read as usual.
 */
class ProfileStringBombTest {
    private static final int CAP = Input.MAX_LINE;
    private static final String CUT_ONE = "1 string(s) of the string table expand past what typeheat expands (one string:"
            + " 1 MiB or 1,048,576 references; all strings together: 256 MiB): cut there, read as truncated";

    @TempDir
    Path tmp;

    @Test
    void aLabelReferringToItselfIsCutAtTheCapAndSaidSo() throws IOException {
        byte[] bomb = MmProfileBytes.selfReferringLabel(200);
        assertTrue(bomb.length < 2048, bomb.length + " bytes");
        Path file = Files.write(tmp.resolve("bomb.mm_profdata"), bomb);

        ProfileData data = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ProfileReader.read(file));
        assertEquals(1, data.rows().size());
        String label = data.rows().get(0).label();
        assertEquals(CAP, label.length(), "cut at exactly the cap");
        // 65 levels of "ab" (nesting 0..64), then the references below the nesting limit are unknown
        assertTrue(label.startsWith("ab".repeat(65) + "<unknown>".repeat(200) + "ab<unknown>"), label.substring(0, 200));
        assertEquals(3, data.rows().get(0).count());
        assertEquals(15, data.rows().get(0).selfNanos());
        assertEquals(List.of(CUT_ONE), data.warnings());

        CliRun.Result r = CliRun.run("profile", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("typeheat: " + file + ": read as measureme self-profile: 3 record(s)\n"
                + "typeheat: " + file + ": " + data.warnings().get(0) + "\n", r.err());
    }

    @Test
    void argumentsThatExpandToNothingExponentiallyStopAtTheReferenceBudget() throws IOException {
        // four entries, each 200 references to the next, the last empty: 200^4 references, no text at all
        MmProfileBytes p = new MmProfileBytes();
        long kind = p.text("Query").entry();
        long label = p.text("evaluate_obligation").entry();
        long next = p.entry();
        for (int level = 0; level < 4; level++) {
            for (int i = 0; i < 200; i++) {
                p.ref(next);
            }
            next = p.entry();
        }
        long hostile = next;
        long plain = p.text("Vec<u8>").entry();
        long hostileEvent = p.ref(label).separator().ref(hostile).entry();
        long plainEvent = p.ref(label).separator().ref(plain).entry();
        p.interval(kind, hostileEvent, 0, 100).interval(kind, plainEvent, 200, 250);
        Path file = Files.write(tmp.resolve("refs.mm_profdata"), p.bytes());

        ProfileData data = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ProfileReader.read(file));
        List<String> texts = data.arguments().stream().map(ProfileArgument::text).toList();
        assertEquals(List.of("", "Vec<u8>"), texts, "the hostile argument by its time, then the plain one");
        assertEquals(List.of(CUT_ONE), data.warnings());
    }

    /**
     * A string is longer than its table only by repeating pieces: one longer than 1 MiB but within the
     * table's own size is real (the warp server's profile holds a 1,834,963-byte argument) and is read whole,
     * as one literal entry or built from distinct entries.
     */
    @Test
    void anArgumentLongerThanOneMiBButNotThanItsTableIsReadWhole() throws IOException {
        MmProfileBytes p = new MmProfileBytes();
        long kind = p.text("Query").entry();
        long label = p.text("items_of_instance").entry();
        String literal = longType(1_834_963);
        long whole = p.text(literal).entry();
        String[] pieces = {longType(700_000), longType(700_001), longType(700_002)};
        long first = p.text(pieces[0]).entry();
        long second = p.text(pieces[1]).entry();
        long third = p.text(pieces[2]).entry();
        long built = p.ref(first).ref(second).ref(third).entry();
        long wholeEvent = p.ref(label).separator().ref(whole).entry();
        long builtEvent = p.ref(label).separator().ref(built).entry();
        p.interval(kind, wholeEvent, 0, 100).interval(kind, builtEvent, 200, 250);
        Path file = Files.write(tmp.resolve("long.mm_profdata"), p.bytes());

        ProfileData data = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ProfileReader.read(file));
        assertEquals(List.of(), data.warnings());
        List<String> texts = data.arguments().stream().map(ProfileArgument::text).toList();
        assertEquals(List.of(literal, String.join("", pieces)), texts);
    }

    /** {@code Vec<Vec<...<u8>...>>} of about {@code n} bytes, ending in {@code n} itself so no two are alike. */
    private static String longType(int n) {
        int depth = (n - 12) / 9;
        return "Vec<".repeat(depth) + "[u8; " + n + "]" + ">".repeat(depth);
    }
}
