package dev.typeheat.types;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** rustc's Debug spellings in self-profile arguments, printed the way rustc's error messages print types. */
class RustSpellingTest {
    private final TypeParser parser = new TypeParser();
    private final RustSpelling spelling = new RustSpelling(Map.of("app::f::{closure#0}", "src/x.rs:12:5")::get);

    private String rust(String debug) {
        return spelling.print(parser.parse(debug).root(), 10_000);
    }

    @Test
    void closuresArePlacedWhenKnownAndNamedByPathOtherwise() {
        assertEquals("{closure@src/x.rs:12:5}", rust("Closure(DefId(0:7942 ~ app[1a2b]::f::{closure#0}))"));
        // a dependency's closure of the same path is not placed in the user's source
        assertEquals("app::f::{closure#0}", rust("Closure(DefId(2:7942 ~ app[1a2b]::f::{closure#0}))"));
        assertEquals("warp::Map<{closure@src/x.rs:12:5}>", rust("warp::Map<Closure(DefId(0:7942 ~ app[1a2b]::f::{closure#0}), "
                + "[i8, Binder { value: extern \"RustCall\" fn((u8,)) -> u8, bound_vars: [Region(BrAnon)] }, ()])>"));
        assertEquals("app::g::{closure#3}", rust("Closure(DefId(0:179 ~ app[06da]::g::{closure#3}), [i16, ()])"));
        assertEquals("app::handle::{closure#0}", rust("Coroutine(DefId(0:134 ~ app[06da]::handle::{closure#0}), [(), ()])"));
    }

    @Test
    void projectionsPrintAsQualifiedPaths() {
        assertEquals("<hyper::Body as http_body::Body>::Data", rust("Alias(Projection, AliasTy { args: [hyper::Body], "
                + "def_id: DefId(2:77 ~ http_body[abcd]::Body::Data), .. })"));
        assertEquals("<S as m::Service<Req>>::Future", rust("Alias(Projection, AliasTy { args: [S, Req], "
                + "def_id: DefId(9:1 ~ m[ffff]::Service::Future), .. })"));
        assertEquals(TypePrinter.WITHOUT_HASHES.print(parser.parse("<S as m::Service<Req>>::Future").root()),
                rust("Alias(Projection, AliasTy { args: [S, Req], def_id: DefId(9:1 ~ m::Service::Future), .. })"));
        assertEquals("tower_app::handle::{opaque#0}", rust("Alias(Opaque, AliasTy { args: [], "
                + "def_id: DefId(0:133 ~ tower_app[06da]::handle::{opaque#0}), .. })"));
    }

    @Test
    void bindersLoseTheirBoundVarsAndAnonymousLifetimesAreUnderscores() {
        assertEquals("fn(&'_ u8)", rust("Binder { value: fn(&'^0 u8), bound_vars: [Region(BrAnon)] }"));
        assertEquals("std::vec::Vec<u8>", rust("Binder(std::vec::Vec<u8>, [])"));
        assertEquals("(&'_ (usize, char),)", rust("(&'^1.Named(DefId(2:62592 ~ core[c1f1]::iter::skip_while::{impl#2}::'_)) (usize, char),)"));
        assertEquals("&'_ mut u8", rust("&'{erased} mut u8"));
    }
}
