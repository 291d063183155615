package dev.typeheat.cli;

import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picocli-free path for plain {@code typeheat demangle} invocations. */
class DemangleCommandTest {
    @Test
    void plainArgumentsSkipPicocli() {
        DemangleCommand c = DemangleCommand.plainInvocation(new String[] {"demangle", "-h", "a.txt", "-", "b.gz"});
        assertTrue(c.hash);
        assertEquals(List.of("a.txt", "-", "b.gz"), c.files);
        c = DemangleCommand.plainInvocation(new String[] {"demangle"});
        assertFalse(c.hash);
        assertTrue(c.files.isEmpty());
        c = DemangleCommand.plainInvocation(new String[] {"demangle", "--hash", "--", "-h", "--x"});
        assertTrue(c.hash);
        assertEquals(List.of("-h", "--x"), c.files);
    }

    @Test
    void anythingElseGoesThroughPicocli() {
        assertNull(DemangleCommand.plainInvocation(new String[] {"demangle", "--help"}));
        assertNull(DemangleCommand.plainInvocation(new String[] {"demangle", "--debug", "x"}));
        assertNull(DemangleCommand.plainInvocation(new String[] {"demangle", "-hx"}));
        assertNull(DemangleCommand.plainInvocation(new String[] {"lines", "x"}));
        assertNull(DemangleCommand.plainInvocation(new String[] {}));
    }

    @Test
    void missingFileIsBadInput() {
        assertEquals(ExitCode.BAD_INPUT, Main.run("demangle", "/nonexistent/typeheat-test-input"));
    }

    @Test
    void aFolderIsBadInputSaidOnceWithoutJavasWording(@TempDir Path dir) {
        CliRun.Result r = CliRun.run("demangle", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertEquals("typeheat: " + dir + ": is a directory\n", r.err());
    }
}
