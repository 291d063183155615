package dev.typeheat.demangle;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.InputFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole files demangled byte-identically to rustfilt (without hashes) and rustfilt -h (with). */
class RustfiltCompatibilityTest {

    static byte[] demangle(Path file, boolean hash) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = InputFiles.open(file)) {
            new TextDemangler(hash).rewrite(in, out);
        }
        return out.toByteArray();
    }

    static byte[] read(Path file) throws IOException {
        try (InputStream in = InputFiles.open(file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void projectSamplesMatchRustfilt() throws IOException {
        for (String m : new String[] {"legacy", "v0"}) {
            Path nm = TestCorpus.project("demangle/nm-" + m + "-sample.txt");
            assertArrayEquals(read(TestCorpus.project("demangle/nm-" + m + "-sample.rustfilt.txt")), demangle(nm, false), m);
            assertArrayEquals(read(TestCorpus.project("demangle/nm-" + m + "-sample.rustfilt-h.txt")), demangle(nm, true), m + " -h");
        }
    }

    /**
     * Symbols made to break demanglers (output doubling through backrefs up to the 1,000,000-byte cap,
     * nesting past 500 levels, bad backrefs and punycode, overflowing lengths, suffixes, escapes,
     * constants): left alone, capped or marked exactly where rustfilt does it.
     */
    @Test
    void hostileSymbolsMatchRustfilt() throws IOException {
        Path hostile = TestCorpus.project("demangle/hostile.txt");
        assertArrayEquals(read(TestCorpus.project("demangle/hostile.rustfilt.txt.gz")), demangle(hostile, false));
        assertArrayEquals(read(TestCorpus.project("demangle/hostile.rustfilt-h.txt.gz")), demangle(hostile, true));
    }

    /** A lifetime index out of range is found only while printing: the symbol still demangles, marked. */
    @Test
    void errorsOnlyPrintingFindsAreMarkedInPlace() {
        assertEquals("a::b::<&'{invalid syntax} ?>", Demangler.demangle("_RINvCs4_1a1bRL1_hE", false));
        assertEquals("a::b::<&u8>", Demangler.demangle("_RINvCs4_1a1bRL_hE", false));
    }

    /** The nm dumps of corpus/crates/chains that corpus/regenerate.sh made, with rustfilt's output beside them. */
    @Test
    void generatedChainsDumpsMatchRustfilt() throws IOException {
        for (String m : new String[] {"legacy", "v0"}) {
            Path nm = TestCorpus.project("generated/chains/nm-" + m + ".txt");
            assertArrayEquals(read(TestCorpus.project("generated/chains/nm-" + m + "-rustfilt.txt")), demangle(nm, false), m);
            assertArrayEquals(read(TestCorpus.project("generated/chains/nm-" + m + "-rustfilt-h.txt")), demangle(nm, true), m + " -h");
        }
    }

    /** The same inputs with the pieces demangled on all cores from the first byte (big inputs take that path). */
    @Test
    void piecesDemangledInParallelMatchRustfilt() throws IOException {
        for (String m : new String[] {"legacy", "v0"}) {
            Path nm = TestCorpus.project("generated/chains/nm-" + m + ".txt");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = InputFiles.open(nm)) {
                new TextDemangler(false, 0).rewrite(in, out);
            }
            assertArrayEquals(read(TestCorpus.project("generated/chains/nm-" + m + "-rustfilt.txt")), out.toByteArray(), m);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = InputFiles.open(TestCorpus.project("demangle/hostile.txt"))) {
            new TextDemangler(true, 0).rewrite(in, out);
        }
        assertArrayEquals(read(TestCorpus.project("demangle/hostile.rustfilt-h.txt.gz")), out.toByteArray());
    }

    @TestFactory
    Stream<DynamicTest> sharedNmDumpsMatchRustfilt() throws Exception {
        return TestCorpus.overShared(RustfiltCompatibilityTest::sharedNmDumpsMatchRustfiltIn);
    }

    private static Stream<DynamicTest> sharedNmDumpsMatchRustfiltIn(Path root) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String app : new String[] {"iter-app", "tower-app", "warp-app"}) {
            for (String m : new String[] {"legacy", "v0"}) {
                for (String h : new String[] {"", "-h"}) {
                    Path nm = existing(root.resolve(app).resolve("nm-" + m + ".txt"));
                    Path oracle = existing(root.resolve(app).resolve("nm-" + m + "-rustfilt" + h + ".txt"));
                    tests.add(DynamicTest.dynamicTest(app + " " + m + " rustfilt" + h,
                            () -> assertArrayEquals(read(oracle), demangle(nm, !h.isEmpty()))));
                }
            }
        }
        return tests.stream();
    }

    private static Path existing(Path p) {
        return Files.exists(p) ? p : Path.of(p + ".gz");
    }

    @Test
    void textAroundSymbolsAndInvalidUtf8PassThroughUnchanged() throws IOException {
        byte[] input = ("at _ZN4core9panicking5panic17h8f8b4f1c9e3f2a1bE (x.rs:1)\n\u00ff\u00fe bytes _ZNnot\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextDemangler(false).rewrite(new ByteArrayInputStream(input), out);
        String s = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("at core::panicking::panic (x.rs:1)\n\u00ff\u00fe bytes _ZNnot\n", s);
    }

    @Test
    void tokenSplitAcrossReadBuffersIsStillDemangled() throws IOException {
        String sym = "_ZN4core9panicking5panic17h8f8b4f1c9e3f2a1bE";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < (1 << 16) - 10) {
            sb.append('x');
        }
        sb.append(' ').append(sym).append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextDemangler(true).rewrite(new ByteArrayInputStream(sb.toString().getBytes()), out);
        assertTrue(out.toString().endsWith(" core::panicking::panic::h8f8b4f1c9e3f2a1b\n"), out.toString().substring(65530));
    }

    /** In a line longer than the 256 KiB blocks read at a time, a symbol across a block boundary is still one symbol. */
    @Test
    void symbolsAcrossBlockBoundariesOfALongLineAreDemangled() throws IOException {
        String sym = "_ZN4core9panicking5panic17h8f8b4f1c9e3f2a1bE ";
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int shift = 0; shift < 50; shift += 7) {
            String pad = "x".repeat((1 << 18) - shift - 20) + " ";
            in.append(pad).append(sym.repeat(20_000)).append('\n');
            expected.append(pad).append("core::panicking::panic ".repeat(20_000)).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextDemangler(false).rewrite(new ByteArrayInputStream(in.toString().getBytes()), out);
        assertEquals(expected.toString(), out.toString());
    }

    /** Output past rustc-demangle's 1,000,000 bytes: what fitted, then {size limit reached}, as rustfilt prints it. */
    @Test
    void hugeIdentifiersHitTheSizeLimitLikeRustfilt() {
        String ident = "a".repeat(2_000_000);
        assertEquals("{size limit reached}", Demangler.demangle("_ZN2000000" + ident + "E", false));
        assertEquals("{size limit reached}", Demangler.demangle("_RNvC2000000" + ident + "3foo", false));
        String small = "a".repeat(600_000);
        assertEquals(small + "::{size limit reached}", Demangler.demangle("_ZN600000" + small + "600000" + small + "E", false));
        assertEquals(small + "::" + small, Demangler.demangle("_ZN600000" + small + "600000" + small + "E", false)
                .replace("{size limit reached}", small), "the second element is the one that does not fit");
    }

    /** rustfilt -h prints a crate root's disambiguator even when it is 0. */
    @Test
    void crateRootWithoutDisambiguatorShowsZeroWithHashes() {
        assertEquals("W[0]", Demangler.demangle("_RC1W", true));
        assertEquals("W", Demangler.demangle("_RC1W", false));
    }

    /** A token of 16 MB and more is copied as it is; the text after it is demangled again. */
    @Test
    void tokensPastTheCapAreCopiedAndTheRestIsDemangled() throws IOException {
        String huge = "_ZN" + "a".repeat(TextDemangler.MAX_TOKEN + 5);
        byte[] in = (huge + " _ZN3fooE\n").getBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextDemangler(false).rewrite(new ByteArrayInputStream(in), out);
        assertEquals(huge + " foo\n", out.toString());
    }
}
