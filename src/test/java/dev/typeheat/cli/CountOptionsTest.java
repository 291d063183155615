package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts on the command line: a negative --top or threshold is a usage error (exit 2), said in one line. */
class CountOptionsTest {
    private final String types = TestCorpus.project("types/long-types").toString();

    @Test
    void negativeOrHugeCountsAreUsageErrors() {
        String nm = TestCorpus.project("demangle/nm-v0-sample.txt").toString();
        String profile = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz").toString();
        expectUsage("'-1' is negative: give 0 or more", "symbols", "--top", "-1", nm);
        expectUsage("'-1' is negative: give 0 or more", "suggest", "--top", "-1", types);
        expectUsage("'-5' is negative: give 0 or more", "profile", "--top", "-5", profile);
        expectUsage("'-1' is negative: give 0 or more", "diff", "--top", "-1", types, types);
        expectUsage("'-3' is negative: give 0 or more", "lint", "--max-depth", "-3", types);
        expectUsage("'-2' is negative: give 0 or more", "lines", "--top", "-2", nm);
        expectUsage("'99999999999' is too large (at most 2147483647)", "symbols", "--top", "99999999999", nm);
    }

    @Test
    void zeroIsACount() {
        CliRun.Result r = CliRun.run("suggest", "--top", "0", types);
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    private static void expectUsage(String why, String... args) {
        CliRun.Result r = CliRun.run(args);
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        String option = args[1];
        assertEquals("typeheat: Invalid value for option '" + option + "': " + why, r.err().lines().findFirst().orElse(""));
    }
}
