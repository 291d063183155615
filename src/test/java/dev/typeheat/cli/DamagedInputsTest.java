package dev.typeheat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged inputs are read record by record: a bad record is counted, reported and skipped, and the records
 * after it are read as usual. Nothing is dropped without a word.
 */
class DamagedInputsTest {
    @TempDir
    Path tmp;

    /** rustc cuts long types mid-word; the cut line is one truncated type and does not swallow the 999 after it. */
    @Test
    void aCutTypeLineDoesNotSwallowTheTypesAfterIt() throws Exception {
        StringBuilder text = new StringBuilder("core::ptr::drop_in_place<(alloc::string::String\n");
        for (int i = 0; i < 999; i++) {
            text.append("std::iter::Map<std::iter::Rev<std::vec::IntoIter<T").append(i).append(">>, F>\n");
        }
        Path f = Files.writeString(tmp.resolve("types.txt"), text);
        CliRun.Result r = CliRun.run("explain", "--format", "json", "--top", "2000", "@" + f);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("read as type text: 1,000 record(s)"), r.err());
    }

    /** A type pasted over several lines is still one record. */
    @Test
    void aTypePastedOverSeveralLinesIsOneRecord() throws Exception {
        Path f = Files.writeString(tmp.resolve("pasted.txt"), "TraitPredicate(<\n  futures::future::Map<A, B>\nas\n"
                + "  warp::Future\n>)\nVec<u8>\n");
        CliRun.Result r = CliRun.run("explain", "@" + f);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains(": 2 record(s)"), r.err());
    }

    @Test
    void malformedTraceEventsAreCountedAndTheRestIsRead() throws Exception {
        Path trace = Files.writeString(tmp.resolve("chrome_profiler.json"), """
                [
                {"name":"typeck","cat":"Query","ph":"X","ts":10,"dur":5,"pid":1,"tid":1},
                {"name":"typeck","cat":["Query"],"ph":"X","ts":20,"dur":5,"pid":1,"tid":1},
                {"name":"typeck","cat":"Query","ph":"X","ts":{"a":1},"dur":5,"pid":1,"tid":1},
                42,
                {"name":"layout_of","cat":"Query","ph":"X","ts":-30,"dur":5,"pid":1,"tid":1},
                {"name":"layout_of","cat":"Query","ph":"X","ts":30,"dur":99999999999999999999,"pid":1,"tid":1},
                {"name":"layout_of","cat":"Query","ph":"X","ts":9223372036854775,"dur":1,"pid":1,"tid":1},
                {"name":"layout_of","cat":"Query","ph":"X","ts":40,"dur":-3,"pid":1,"tid":1},
                {"name":"layout_of","cat":"Query","ph":"X","ts":50,"dur":7,"pid":1,"tid":1}
                ]
                """);
        CliRun.Result r = CliRun.run("profile", "--format", "json", trace.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("typeheat: " + trace + ": read as Chrome trace (crox): 2 record(s); skipped 7 (1 array element(s) that"
                + " are not events, 2 event(s) with a negative ts or dur, 2 event(s) with ts or dur too large for"
                + " nanoseconds, 2 malformed event(s) (a field of the wrong type))\n", r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out()).path("queries");
        long total = 0;
        for (JsonNode row : rows) {
            total += row.path("selfNanos").asLong();
        }
        assertEquals(12_000, total, r.out());
    }

    @Test
    void irFunctionsWithoutTheirClosingBraceAreCountedAndSaid() throws Exception {
        Path ll = Files.writeString(tmp.resolve("cut.ll"), "define void @_ZN3foo3barE() {\n  ret void\n  ret void\n"
                + "define void @_ZN3foo3bazE() {\n  ret void\n}\ndefine void @_ZN3foo4lastE() {\n  x\n");
        CliRun.Result r = CliRun.run("lines", ll.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("typeheat: " + ll + ": read as LLVM IR: 1 record(s); skipped 2 (2 function(s) without a closing }"
                + " (not counted))\ntypeheat: " + ll + ":1: this function has no closing } before the next define or the"
                + " end of the file: the file is damaged or cut short (2 such functions)\n", r.err());
        assertTrue(r.out().contains("foo::baz") && !r.out().contains("foo::bar"), r.out());
    }

    /** What a folder holds that is not read is said, with why. */
    @Test
    void linksInAFolderThatAreNotReadAreListedWithWhy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.long-type-1.txt"), "Vec<u8>\n");
        Files.createSymbolicLink(dir.resolve("dangling"), tmp.resolve("nowhere"));
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("folder"), tmp.resolve("elsewhere"));
        CliRun.Result r = CliRun.run("suggest", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("typeheat: skipped 3 file(s) that are no input it reads: " + dir.resolve("dangling")
                + " (dangling symbolic link), " + dir.resolve("folder") + " (symbolic link to a folder, not followed), "
                + dir.resolve("loop") + " (symbolic link loop)"), r.err());
    }

    @Test
    void aNameSpelledLikeAFileThatDoesNotExistIsAMissingFile() {
        CliRun.Result r = CliRun.run("explain", "nonexistent.txt");
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.out());
        assertEquals("typeheat: nonexistent.txt: no such file\n", r.err());
        assertEquals(ExitCode.OK, CliRun.run("explain", "Vec").code(), "a bare name is a type");
        assertEquals(ExitCode.OK, CliRun.run("explain", "_ZN3fooE.cold").code(), "a symbol with a suffix is a symbol");
    }

    @Test
    void binaryDataIsNoSymbolList() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[100] = 0;
        Path bin = Files.write(tmp.resolve("garbage.bin"), bytes);
        for (String command : new String[] {"symbols", "lines", "explain", "suggest"}) {
            CliRun.Result r = CliRun.run(command, bin.toString());
            assertEquals(ExitCode.BAD_INPUT, r.code(), command + ": " + r.out());
            assertTrue(r.err().matches("typeheat: " + java.util.regex.Pattern.quote(bin.toString())
                    + ":\\d+:\\d+: binary data \\(a NUL byte\\), not an input typeheat reads\n"), command + ": " + r.err());
        }
    }

    /**
     * An empty file and one of 1,000 empty lines get the one answer of the README: said as what they are
     * (not as read in the command's fallback format, "read as perf report"), exit 0 where inputs are
     * summarised and 3, naming the file, where each input is shown.
     */
    @Test
    void emptyAndBlankInputsGiveTheSameAnswer() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "\n".repeat(1000));
        Path html = tmp.resolve("r.html");
        String[][] commands = {{"symbols"}, {"suggest"}, {"fix"}, {"lint"}, {"report", "-o", html.toString()},
                {"lines"}, {"profile"}, {"explain"}};
        for (String[] command : commands) {
            boolean showsEach = java.util.Set.of("lines", "profile", "explain").contains(command[0]);
            for (Path input : new Path[] {empty, blank}) {
                String[] args = java.util.Arrays.copyOf(command, command.length + 1);
                args[command.length] = input.toString();
                CliRun.Result r = CliRun.run(args);
                String what = input == empty ? "empty" : "only blank lines (1,000)";
                String run = String.join(" ", command) + " " + input.getFileName() + ": ";
                assertEquals(showsEach ? ExitCode.BAD_INPUT : ExitCode.OK, r.code(), run + r.err());
                assertTrue(r.err().contains("typeheat: " + input + ": " + what + ":"), run + r.err());
                assertTrue(!r.err().contains("read as"), run + r.err());
                if (showsEach) {
                    String last = r.err().strip().substring(r.err().strip().lastIndexOf('\n') + 1);
                    assertTrue(last.startsWith("typeheat: " + input + ": "), run + r.err());
                } else {
                    assertTrue(r.err().contains("nothing was read"), run + r.err());
                }
            }
        }
    }

    /** Past the 16 KiB head, blank lines are still said as such, by the reader that counted them. */
    @Test
    void aLongBlankInputIsSaidAsBlank() throws Exception {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), "\n".repeat(20_000));
        CliRun.Result r = CliRun.run("symbols", blank.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("typeheat: " + blank + ": only blank lines (20,000): no record\n"), r.err());
    }

    /** In a folder, an empty file is skipped as empty (not as "no format typeheat reads"). */
    @Test
    void anEmptyFileInAFolderIsSkippedAsEmpty() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("build"));
        Files.writeString(dir.resolve("empty.txt"), "");
        CliRun.Result r = CliRun.run("suggest", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertEquals("typeheat: " + dir + ": none of its 1 file(s) is an input typeheat reads (" + dir.resolve("empty.txt")
                + " (empty))\n", r.err());
    }
}
