package dev.typeheat.input;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import dev.typeheat.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real self-profile with bytes overwritten at random (fixed seeds): every run ends with results or
 * with one line about the corrupt file, never an internal error. Corrupt string addresses were the
 * case that used to escape as an IndexOutOfBoundsException.
 */
class ProfileFuzzTest {
    @TempDir
    Path tmp;

    @Test
    void damagedProfilesGiveResultsOrOneLineNeverAnInternalError() throws Exception {
        byte[] profile;
        try (InputStream in = InputFiles.open(TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz"))) {
            profile = in.readAllBytes();
        }
        int corrupt = 0;
        for (int seed = 0; seed < 8; seed++) {
            Random random = new Random(seed);
            byte[] damaged = profile.clone();
            int flips = new int[] {1, 10, 200}[seed % 3];
            for (int k = 0; k < flips; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Path f = tmp.resolve("damaged-" + seed + ".mm_profdata");
            Files.write(f, damaged);
            for (String command : new String[] {"profile", "suggest"}) {
                CliRun.Result r = CliRun.run(command, "--top", "2", f.toString());
                assertFalse(r.err().contains("internal error"), command + " seed " + seed + ": " + r.err());
                assertTrue(r.code() == ExitCode.OK || r.code() == ExitCode.BAD_INPUT,
                        command + " seed " + seed + " exit " + r.code() + ": " + r.err());
                if (r.code() == ExitCode.BAD_INPUT) {
                    assertEquals(1, r.err().strip().split("\n").length, r.err());
                    assertTrue(r.err().contains(f.toString()), r.err());
                    corrupt++;
                }
            }
        }
        assertTrue(corrupt > 0, "no seed damaged the profile enough to be reported: the test checks nothing");
    }
}
