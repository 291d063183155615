package dev.typeheat.cli;

import dev.typeheat.CliRun;
import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A team accepts a finding where the code is: {@code // typeheat: allow(..)} on or above the line the
 * finding points to, or a path in typeheat.toml; what was allowed is counted in the output.
 */
class LintSuppressionTest {
    @TempDir
    Path root;

    /** A warp route chain whose one place is src/routes.rs:72:14 (long-chain). */
    private final String input = TestCorpus.project("lint/long-chain/positive.long-type-1.txt").toString();

    private void source(int commentLine, String comment) throws Exception {
        List<String> lines = new ArrayList<>(Collections.nCopies(80, "    // route code"));
        lines.set(71, "        .or(warp::path(\"comments\").map(|| \"ok\"))");
        if (commentLine > 0) {
            lines.set(commentLine - 1, commentLine == 72 ? lines.get(71) + " " + comment : "        " + comment);
        }
        lines.set(37, "let routes = warp::any()");
        Files.createDirectories(root.resolve("src"));
        Files.write(root.resolve("src/routes.rs"), lines);
    }

    private CliRun.Result lint(String... more) {
        List<String> args = new ArrayList<>(List.of("lint", "--source-root", root.toString()));
        args.addAll(List.of(more));
        args.add(input);
        return CliRun.run(args.toArray(new String[0]));
    }

    @Test
    void withoutACommentThePlaceIsReported() throws Exception {
        source(0, "");
        CliRun.Result r = lint();
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.out().startsWith("src/routes.rs:72:14: long-chain"), r.out());
    }

    @Test
    void aCommentOnTheLineOrAboveItAllowsTheRule() throws Exception {
        for (int line : new int[] {72, 71}) {
            source(line, "// typeheat: allow(long-chain)");
            CliRun.Result r = lint();
            assertEquals(ExitCode.OK, r.code(), line + ": " + r.out());
            assertTrue(r.out().contains("1 allowed (1 by comments, 0 by typeheat.toml)"), r.out());
        }
    }

    @Test
    void aCommentForAnotherRuleOrFarAboveAllowsNothing() throws Exception {
        source(71, "// typeheat: allow(deep-type)");
        assertEquals(ExitCode.FINDINGS, lint().code());
        source(30, "// typeheat: allow(long-chain)");
        assertEquals(ExitCode.FINDINGS, lint().code());
    }

    @Test
    void aMisspeltRuleInACommentIsAWarning() throws Exception {
        source(71, "// typeheat: allow(long-chian)");
        CliRun.Result r = lint();
        assertEquals(ExitCode.FINDINGS, r.code());
        assertTrue(r.err().contains("typeheat: warning: src/routes.rs:71:"), r.err());
        assertTrue(r.err().contains("unknown rule long-chian in typeheat: allow(..); did you mean long-chain?"), r.err());
    }

    @Test
    void typeheatTomlAllowsByPath() throws Exception {
        source(0, "");
        Path config = root.resolve("typeheat.toml");
        Files.writeString(config, "[[allow]]\npath = \"src/\"\nrules = [\"long-chain\"]\n");
        CliRun.Result r = lint("--config", config.toString());
        assertEquals(ExitCode.OK, r.code(), r.out());
        assertTrue(r.out().contains("1 allowed (0 by comments, 1 by typeheat.toml)"), r.out());
        Files.writeString(config, "[[allow]]\npath = \"src/other.rs\"\n");
        assertEquals(ExitCode.FINDINGS, lint("--config", config.toString()).code());
    }

    @Test
    void aBadConfigIsAOneLineErrorWithItsPosition() throws Exception {
        Path config = root.resolve("typeheat.toml");
        Files.writeString(config, "[lint]\nmax-chain = \"three\"\n");
        CliRun.Result r = CliRun.run("lint", "--config", config.toString(), input);
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("typeheat: " + config + ":2:13: max-chain must be a whole number, not the string \"three\"\n", r.err());
        assertFalse(r.out().contains("long-chain"));
    }
}
