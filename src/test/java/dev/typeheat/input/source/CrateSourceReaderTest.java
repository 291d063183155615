package dev.typeheat.input.source;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Rust source reader on the project's own crates and on hostile text. */
class CrateSourceReaderTest {

    @Test
    void everyCorpusCrateReadsWithoutAnItemLeftOut() {
        for (String crate : List.of("blog", "sieve", "chains")) {
            CrateSource s = new CrateSourceReader().read(TestCorpus.project("crates/" + crate));
            assertTrue(s.skipped().isEmpty(), crate + ": " + s.skipped());
            assertFalse(s.fns().isEmpty(), crate);
        }
    }

    @Test
    void namesFnsAndClosuresAsRustcsDefPathsDo() {
        CrateSource s = new CrateSourceReader().read(TestCorpus.project("crates/blog"));
        assertEquals("blog", s.name());
        SourceFn withCtx = fn(s, "blog::with_ctx");
        assertEquals("impl Filter<Extract = (Ctx,), Error = Infallible> + Clone", withCtx.returnType());
        Expr.Closure c = firstClosure(withCtx.body());
        assertEquals("blog::with_ctx::{closure#0}", c.defPath());
        assertEquals("move ||", c.header().text(), "rustc's span of a closure covers its header");
        // main is not async: its closures are numbered under it, in source order
        List<Expr.Closure> mainClosures = closures(fn(s, "blog::main").body());
        assertEquals("blog::main::{closure#0}", mainClosures.get(0).defPath());
        assertEquals("blog::main::{closure#1}", mainClosures.get(1).defPath());
        // methods live in their impl: store.rs's first impl
        assertTrue(s.fns().stream().anyMatch(f -> f.defPath().startsWith("blog::store::{impl#")), "impl methods");
    }

    @Test
    void cfgOffItemsAndStatementsAreLeftOutUnlessTheirFeatureIsOn() {
        Path blog = TestCorpus.project("crates/blog");
        long plain = letsNamed(new CrateSourceReader().read(blog), "about");
        long broken = letsNamed(new CrateSourceReader().read(blog, Set.of("broken")), "about");
        assertEquals(1, plain, "the #[cfg(feature = \"broken\")] shadowing let is not compiled by default");
        assertEquals(2, broken);
    }

    @Test
    void asyncFnBodiesAreAClosureOfTheirOwn() throws IOException {
        CrateSource s = read("async fn serve() { let f = || 1; }\nfn plain() { let g = async move { 2 }; }\n");
        assertEquals("app::serve::{closure#0}::{closure#0}", firstClosure(fn(s, "app::serve").body()).defPath());
        Expr.Closure block = firstClosure(fn(s, "app::plain").body());
        assertTrue(block.asyncBlock());
        assertEquals("async move", block.header().text());
    }

    @Test
    void brokenItemsAreCountedAndTheRestIsStillRead() throws IOException {
        CrateSource s = read("fn ok() -> u8 { 1 }\nfn broken( { let = ; }\nstruct S { a: u8 }\nfn also_ok() { let x = y.map(|v| v); }\n");
        assertEquals(1, s.skipped().size(), s.skipped().toString());
        assertTrue(s.skipped().get(0).startsWith("src/main.rs:2:1"), s.skipped().get(0));
        fn(s, "app::ok");
        fn(s, "app::also_ok");
    }

    @Test
    void deepNestingIsAnItemNotReadNotACrash() throws IOException {
        String deep = "fn deep() -> u8 { " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + " }\nfn after() {}\n";
        CrateSource s = read(deep);
        fn(s, "app::after");
    }

    @Test
    void rawStringsCommentsLifetimesAndCharsDoNotConfuseTheReader() throws IOException {
        CrateSource s = read("""
                /* a /* nested */ comment with fn fake() { */
                fn f<'a>(x: &'a str) -> char {
                    let r = r#"a "quoted" { brace"#;
                    let c = '{';
                    let l: &'static str = "}";
                    let m = 'x';
                    x.chars().map(|c| c).next().unwrap_or(c)
                }
                """);
        assertEquals(1, s.fns().size(), s.fns().toString());
        assertTrue(s.skipped().isEmpty(), s.skipped().toString());
    }

    private static long letsNamed(CrateSource s, String name) {
        List<Expr.Let> lets = new ArrayList<>();
        collectLets(fn(s, "blog::main").body(), lets);
        return lets.stream().filter(l -> l.names().contains(name)).count();
    }

    private static void collectLets(Expr e, List<Expr.Let> out) {
        if (e instanceof Expr.Block b) {
            for (Expr.Stmt st : b.stmts()) {
                if (st instanceof Expr.Let l) {
                    out.add(l);
                }
            }
        }
        for (Expr c : e.children()) {
            collectLets(c, out);
        }
    }

    private static CrateSource read(String mainRs) throws IOException {
        Path dir = Files.createTempDirectory("typeheat-src");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"app\"\nversion = \"0.1.0\"\n");
        Files.writeString(dir.resolve("src/main.rs"), mainRs);
        return new CrateSourceReader().read(dir);
    }

    private static SourceFn fn(CrateSource s, String defPath) {
        return s.fns().stream().filter(f -> f.defPath().equals(defPath)).findFirst()
                .orElseThrow(() -> new AssertionError("no fn " + defPath + " in " + s.fns().stream().map(SourceFn::defPath).toList()));
    }

    private static Expr.Closure firstClosure(Expr e) {
        return closures(e).get(0);
    }

    private static List<Expr.Closure> closures(Expr e) {
        List<Expr.Closure> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr.Closure> out) {
        if (e instanceof Expr.Closure c) {
            out.add(c);
        }
        for (Expr c : e.children()) {
            collect(c, out);
        }
    }
}
