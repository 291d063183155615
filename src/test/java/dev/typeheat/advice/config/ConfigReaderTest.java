package dev.typeheat.advice.config;

import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.Family;
import dev.typeheat.input.InputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** typeheat.toml is read strictly: every mistake a user makes is an error at its line and column. */
class ConfigReaderTest {
    private static TypeheatConfig read(String toml) {
        return ConfigReader.parse("typeheat.toml", toml);
    }

    private static String error(String toml) {
        return assertThrows(InputException.class, () -> read(toml)).oneLine();
    }

    @Test
    void aFullConfigIsReadIntoRecords() {
        TypeheatConfig c = read("""
                # thresholds
                [lint]
                max-depth = 30
                max-nodes = 600   # also the planner's budget

                [[family]]
                id = "my-router"
                name = "my router combinators"
                prefixes = ["my_router::combinators::"]
                split = ["my_router::combinators::Either"]
                remedy = "Router::boxed()"
                call = ".boxed()"

                [[allow]]
                path = "src/legacy/"
                rules = ["long-chain", "deep-type"]
                reason = "rewritten next quarter"

                [[allow]]
                path = "src/gen_*.rs"
                """);
        assertEquals(Map.of("max-depth", 30L, "max-nodes", 600L), c.thresholds());
        assertEquals(1, c.families().size());
        assertEquals("my-router", c.families().get(0).id());
        assertEquals(List.of("my_router::combinators::"), c.families().get(0).prefixes());
        assertEquals(2, c.allows().size());
        assertEquals(Set.of("long-chain", "deep-type"), c.allows().get(0).rules());
        assertEquals(14, c.allows().get(0).line());
        assertTrue(c.allows().get(0).allows("src/legacy/routes.rs", "long-chain"));
        assertTrue(!c.allows().get(0).allows("src/legacy/routes.rs", "bloated-generic"));
        assertTrue(c.allows().get(1).allows("src/gen_routes.rs", "bloated-generic"));
        assertTrue(!c.allows().get(1).allows("src/main.rs", "bloated-generic"));
    }

    @Test
    void aCratesConfigWithBoxEditsLoads() {
        TypeheatConfig c = ConfigReader.read(Path.of("corpus/crates/blog/typeheat.toml"));
        Family sieve = c.families().get(0);
        assertEquals("sieve-filter", sieve.id());
        assertEquals(".boxed()", sieve.boxSuffix());
        assertEquals("Send + Sync + 'static", sieve.requires());
        assertEquals("sieve::Rejection", sieve.errorBecomes());
        assertTrue(sieve.editable());
    }

    @Test
    void everyKeyOfTheBundledCatalogIsAcceptedInTypeheatToml() throws IOException {
        // users override a bundled family by id with the same keys: the strict reader must know them all
        String bundled;
        try (InputStream in = Catalog.class.getResourceAsStream("combinators.toml")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TypeheatConfig c = read(bundled);
        assertEquals(Catalog.bundled().families().size(), c.families().size());
        assertTrue(c.families().stream().anyMatch(f -> f.boxPrefix().startsWith("Box::new(")), "box-prefix read");
    }

    @Test
    void anEmptyFileIsTheDefaults() {
        assertEquals(TypeheatConfig.EMPTY, read(""));
        assertEquals(TypeheatConfig.EMPTY, read("# nothing set\n"));
    }

    @Test
    void aMisspeltKeyIsAnErrorWithTheClosestKnownKey() {
        assertEquals("typeheat.toml:3:1: unknown key max-depht in [lint]; did you mean max-depth?",
                error("[lint]\nmax-nodes = 500\nmax-depht = 30\n"));
        assertEquals("typeheat.toml:2:3: unknown key max_depth in [lint]; did you mean max-depth?",
                error("[lint]\n  max_depth = 1\n"));
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtTheValue() {
        assertEquals("typeheat.toml:2:13: max-chain must be a whole number, not the string \"three\"",
                error("[lint]\nmax-chain = \"three\"\n"));
        assertEquals("typeheat.toml:2:13: max-depth must be a whole number, not the decimal number 2.5",
                error("[lint]\nmax-depth = 2.5\n"));
        assertEquals("typeheat.toml:2:13: max-depth must be 0 or more, not -3", error("[lint]\nmax-depth = -3\n"));
    }

    @Test
    void anUnknownTableIsAnErrorAtItsHeader() {
        assertEquals("typeheat.toml:2:1: unknown table [lints] (typeheat.toml has [lint], [[family]] and [[allow]]); "
                + "did you mean [lint]?", error("# x\n[lints]\nmax-depth = 3\n"));
        assertEquals("typeheat.toml:1:1: unknown key max-depth at the top level; thresholds go in the [lint] table",
                error("max-depth = 3\n"));
    }

    @Test
    void familiesAndAllowsAreCheckedToo() {
        assertEquals("typeheat.toml:4:1: this [[family]] needs an id (a bundled id such as warp-filter replaces that "
                + "family, a new one adds a family)", error("[[family]]\nid = \"a\"\n\n[[family]]\nname = \"no id\"\n"));
        assertEquals("typeheat.toml:3:1: unknown key prefix in [[family]]; did you mean prefixes?",
                error("[[family]]\nid = \"a\"\nprefix = [\"a::\"]\n"));
        assertEquals("typeheat.toml:3:12: prefixes must hold strings only, not the number 3",
                error("[[family]]\nid = \"a\"\nprefixes = [\"a::\", 3]\n"));
        assertEquals("typeheat.toml:3:9: unknown rule long-chian; did you mean long-chain?",
                error("[[allow]]\npath = \"src/\"\nrules = [\"long-chian\"]\n"));
        assertEquals("typeheat.toml:1:1: this [[allow]] needs a path (a file, folder or glob relative to the source "
                + "root, such as \"src/legacy/\")", error("[[allow]]\nrules = [\"long-chain\"]\n"));
        assertEquals("typeheat.toml:1:1: allow must be written as [[allow]] tables, not [allow]",
                error("[allow]\npath = \"src/\"\n"));
    }

    @Test
    void invalidTomlIsAnErrorWithTheParsersPosition() {
        String e = error("[lint]\nmax-depth = = 3\n");
        assertTrue(e.startsWith("typeheat.toml:2:"), e);
        assertTrue(e.contains("invalid TOML"), e);
    }

    @Test
    void positionsSurviveMultiLineValuesAndQuotedKeys() {
        assertEquals("typeheat.toml:9:1: unknown key nmae in [[family]]; did you mean name?", error("""
                [[family]]
                id = "a"
                prefixes = [
                  "a::",   # [not a table]
                  "b::",
                ]
                note = \"\"\"
                [lint] is not a header here\"\"\"
                nmae = "x"
                """));
        assertEquals("typeheat.toml:2:1: unknown key max-dept in [lint]; did you mean max-depth?",
                error("[lint]\n\"max-dept\" = 3\n"));
    }
}
