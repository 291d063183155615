package dev.typeheat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shell scripts a user runs first: the launcher {@code typeheat} and {@code install.sh}, run by bash in a
 * copy of the checkout where {@code mvn} and {@code java} are stand-ins that write down how they were called.
 * The launcher hands every argument to the JVM without a word of its own ({@code demangle --help} once printed
 * {@code Usage: unbound variable}); install.sh builds only when the jar is older than the sources and prints no
 * escape codes to a log.
 */
class LaunchScriptsTest {
    private static final Path BASH = Path.of("/bin/bash");

    @TempDir
    Path tmp;
    Path checkout;
    Path jar;
    Path calls;

    @BeforeEach
    void copyOfTheCheckout() throws IOException {
        TestCorpus.require(Files.isExecutable(BASH), "no bash at " + BASH + " to run the scripts with");
        Path project = Path.of("").toAbsolutePath(); // tests run in the project folder
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        for (String script : List.of("typeheat", "cargo-typeheat", "install.sh")) {
            Files.copy(project.resolve(script), checkout.resolve(script));
        }
        Instant sources = Instant.now().minusSeconds(3600);
        for (String file : List.of("pom.xml", "src/main/java/Main.java", "grammar/RustType.g4")) {
            Path f = checkout.resolve(file);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "source\n");
            Files.setLastModifiedTime(f, FileTime.from(sources));
        }
        jar = Files.createDirectories(checkout.resolve("target")).resolve("typeheat.jar");
        Files.writeString(jar, "jar\n");
        calls = tmp.resolve("calls.log");
        // stand-ins: each writes its arguments to calls.log; mvn prints escape codes as Maven 3.8 does, and
        // writes the jar (or fails when MVN_FAILS is set)
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        script(bin.resolve("mvn"), "echo \"mvn $*\" >> " + calls + "\n"
                + "printf '\\033[0m\\033[0m'\n"
                + "if [ -n \"${MVN_FAILS:-}\" ]; then printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR\\n'; exit 1; fi\n"
                + "echo jar > target/typeheat.jar\n");
        Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
        Files.writeString(tmp.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
        script(jdk.resolve("java"), "echo \"java $*\" >> " + calls + "\n");
    }

    private static void script(Path p, String body) throws IOException {
        Files.writeString(p, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int code, String out, String err, List<String> calls) {
    }

    private Run run(Map<String, String> env, Path stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BASH.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(checkout.toFile());
        pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("TYPEHEAT_JAVA", tmp.resolve("jdk/bin/java").toString());
        pb.environment().remove("TYPEHEAT_JAVA_OPTS");
        pb.environment().putAll(env);
        pb.redirectInput(stdin.toFile());
        Path out = tmp.resolve("out");
        Path err = tmp.resolve("err");
        Files.deleteIfExists(calls);
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script did not end");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err),
                Files.exists(calls) ? Files.readAllLines(calls) : List.of());
    }

    /** The last java the launcher started: what the user's command became. */
    private String launched(Run r) {
        assertFalse(r.calls().isEmpty(), "java was not started: " + r.err());
        return r.calls().get(r.calls().size() - 1);
    }

    @Test
    void theLauncherHandsOptionsToTheJvmWithoutErrorsOfItsOwn() throws Exception {
        Path none = Path.of("/dev/null");
        for (String[] args : new String[][] {{"demangle", "--help"}, {"demangle", "--hash", "--help"},
                {"demangle", "--", "--help"}, {"lines", "--help"}, {"--help"}, {"demangle", "--debug", "-h", "-"}}) {
            Run r = run(Map.of(), none, prepend("typeheat", args));
            String what = String.join(" ", args);
            assertEquals("", r.err(), what);
            assertEquals(0, r.code(), what);
            assertTrue(launched(r).endsWith(" -cp " + jar + " dev.typeheat.cli.Main " + what), what + ": " + launched(r));
        }
    }

    /**
     * {@code demangle} starts on C1 alone with the byte threshold past which typeheat hands the input to a JVM
     * with C2 (the sizes are looked at in Java), and the launcher starts no process but java (a {@code stat}
     * of the inputs cost a process start on every run).
     */
    @Test
    void demangleStartsOnC1AloneWithTheHandOffThreshold() throws Exception {
        Path small = Files.writeString(tmp.resolve("nm.txt"), "_ZN3foo3barE\n");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        script(bin.resolve("stat"), "echo \"stat $*\" >> " + calls + "\nexec /usr/bin/stat \"$@\"\n");
        Run file = run(Map.of(), Path.of("/dev/null"), "typeheat", "demangle", "--hash", small.toString());
        Run redirected = run(Map.of(), small, "typeheat", "demangle");
        for (Run r : List.of(file, redirected)) {
            assertEquals("", r.err());
            assertTrue(r.calls().stream().allMatch(c -> c.startsWith("java ")), "only java: " + r.calls());
            assertTrue(launched(r).contains(" -XX:TieredStopAtLevel=1 -Dtypeheat.handoff=134217728 "), launched(r));
        }
        Run missing = run(Map.of(), small, "typeheat", "demangle", "no-such-file.txt");
        assertEquals("", missing.err(), "the launcher leaves a missing file to typeheat's own message");
    }

    @Test
    void theCommandsThatAnalyseTypesRunOnC1AloneAndTheRacingOnesKeepC2() throws Exception {
        Path types = Files.writeString(tmp.resolve("types.txt"), "Vec<u8>\n");
        for (String command : new String[] {"suggest", "fix", "lint", "report", "diff", "explain"}) {
            Run r = run(Map.of(), Path.of("/dev/null"), "typeheat", command, types.toString());
            assertTrue(launched(r).contains(" -XX:TieredStopAtLevel=1 "), command + ": " + launched(r));
            // diff's two builds are analysed on two threads: two collector threads, not one that stops both
            String collector = command.equals("diff") ? " -XX:+UseParallelGC -Xmn128m " : " -XX:+UseSerialGC ";
            assertTrue(launched(r).contains(collector), command + ": " + launched(r));
        }
        for (String command : new String[] {"lines", "profile", "symbols"}) {
            Run r = run(Map.of(), Path.of("/dev/null"), "typeheat", command, types.toString());
            assertFalse(launched(r).contains("TieredStopAtLevel"), command + ": " + launched(r));
        }
    }

    /**
     * Started by -cp, the jar's manifest line Enable-Native-Access does not apply: JDK 24+ printed four warnings
     * on stderr whenever zstd-jni loaded. From JDK 22 the launcher enables native access itself, for the run
     * that records the start-up archive too (an archive recorded without it is refused); JDK 17 needs no option.
     */
    @Test
    void nativeAccessIsEnabledFromJdk22OnInTheRecordingRunAndTheRealOne() throws Exception {
        Path types = Files.writeString(tmp.resolve("types.txt"), "Vec<u8>\n");
        Files.writeString(tmp.resolve("jdk/release"), "JAVA_VERSION=\"25.0.3\"\n");
        Run jdk25 = run(Map.of(), Path.of("/dev/null"), "typeheat", "suggest", types.toString());
        assertEquals(2, jdk25.calls().size(), "the recording run and the real one: " + jdk25.calls());
        for (String call : jdk25.calls()) {
            assertTrue(call.startsWith("java --enable-native-access=ALL-UNNAMED "), call);
        }
        assertTrue(jdk25.calls().get(0).contains(" -XX:AOTCacheOutput="), jdk25.calls().get(0));
        // an archive older than the launcher (recorded by an earlier one, maybe with other options) is recorded again
        Path archive = jar.resolveSibling("typeheat-jdk25-all.aot");
        Files.writeString(archive, "archive\n");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(30))); // newer than the jar
        Files.setLastModifiedTime(checkout.resolve("typeheat"), FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(2, run(Map.of(), Path.of("/dev/null"), "typeheat", "suggest", types.toString()).calls().size());
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(90)));
        Run archived = run(Map.of(), Path.of("/dev/null"), "typeheat", "suggest", types.toString());
        assertEquals(1, archived.calls().size(), "an archive newer than jar and launcher is used: " + archived.calls());
        assertTrue(launched(archived).contains(" -XX:AOTCache=" + archive + " "), launched(archived));
        Files.writeString(tmp.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
        Run jdk17 = run(Map.of(), Path.of("/dev/null"), "typeheat", "suggest", types.toString());
        assertFalse(launched(jdk17).contains("enable-native-access"), launched(jdk17));
    }

    @Test
    void installBuildsOnlyWhenTheJarIsOlderThanTheSources() throws Exception {
        Path prefix = tmp.resolve("prefix");
        Run upToDate = run(Map.of(), Path.of("/dev/null"), "install.sh", prefix.toString());
        assertEquals(0, upToDate.code(), upToDate.err());
        assertEquals(List.of(), upToDate.calls(), "built although the jar is newer than every source");
        assertTrue(Files.isSymbolicLink(prefix.resolve("bin/typeheat")));
        assertEquals("jar\n", Files.readString(prefix.resolve("lib/typeheat/target/typeheat.jar")));

        Files.setLastModifiedTime(checkout.resolve("src/main/java/Main.java"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        Run stale = run(Map.of(), Path.of("/dev/null"), "install.sh", prefix.toString());
        assertEquals(0, stale.code(), stale.err());
        assertEquals(List.of("mvn -q -B -DskipTests package"), stale.calls());
        for (Run r : List.of(upToDate, stale)) {
            assertFalse((r.out() + r.err()).contains("\u001b"), "an escape code in a log: " + r.out() + r.err());
        }
    }

    @Test
    void aFailedBuildShowsMavensOutputWithoutEscapeCodesAndInstallsNothing() throws Exception {
        Files.delete(jar);
        Path prefix = tmp.resolve("prefix");
        Run r = run(Map.of("MVN_FAILS", "1"), Path.of("/dev/null"), "install.sh", prefix.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("[ERROR] COMPILATION ERROR\n"), r.err());
        assertTrue(r.err().endsWith("typeheat: build failed; nothing installed\n"), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertFalse(Files.exists(prefix), "installed after a failed build");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
