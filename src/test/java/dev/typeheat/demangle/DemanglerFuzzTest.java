package dev.typeheat.demangle;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Random mutations of real symbols, and hostile constructions, demangled exactly as rustfilt does. */
class DemanglerFuzzTest {
    private static final String ALPHABET = "_RNvCsIMXYBKLEGpuABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$.";
    private static final Path RUSTFILT = Path.of("/usr/bin/rustfilt");

    /** 20,000 symbols of the corpus with one to four random edits each, against rustfilt and rustfilt -h. */
    @Test
    void mutatedRealSymbolsDemangleLikeRustfilt() throws Exception {
        TestCorpus.require(Files.isExecutable(RUSTFILT), "no rustfilt at " + RUSTFILT
                + " to compare with (apt-get install rustfilt)");
        List<String> seeds = new ArrayList<>();
        for (String m : new String[] {"v0", "legacy"}) {
            for (String line : Files.readAllLines(TestCorpus.project("demangle/nm-" + m + "-sample.txt"))) {
                seeds.add(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        Random random = new Random(42);
        StringBuilder input = new StringBuilder();
        for (int run = 0; run < 20_000; run++) {
            StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0: s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); break;
                    case 1: s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); break;
                    default: s.deleteCharAt(at);
                }
            }
            input.append(s).append('\n');
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.US_ASCII);
        for (boolean hash : new boolean[] {false, true}) {
            assertEquals(rustfilt(bytes, hash), ours(bytes, hash), hash ? "rustfilt -h" : "rustfilt");
        }
    }

    private static String ours(byte[] input, boolean hash) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextDemangler(hash).rewrite(new ByteArrayInputStream(input), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String rustfilt(byte[] input, boolean hash) throws Exception {
        Path in = Files.createTempFile("typeheat-fuzz", ".txt");
        try {
            Files.write(in, input);
            ProcessBuilder pb = hash ? new ProcessBuilder(RUSTFILT.toString(), "-h") : new ProcessBuilder(RUSTFILT.toString());
            Process p = pb.redirectInput(in.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), "rustfilt failed");
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.delete(in);
        }
    }

    /** rustc-demangle stops at 500 levels and then leaves the symbol mangled; below that it prints every level. */
    @Test
    void nestingPastTheRecursionLimitLeavesTheSymbolAlone() {
        assertNull(Demangler.demangle("_RINvC1a1b" + "R".repeat(600) + "hE", false));
        assertEquals("a::b::<" + "&".repeat(400) + "u8>", Demangler.demangle("_RINvC1a1b" + "R".repeat(400) + "hE", false));
        assertNull(Demangler.demangle("_RINvC3foo3bar" + "R".repeat(677) + "uE", false));
        assertNull(Demangler.demangle(("_RINvC1a1b" + "T".repeat(79)).repeat(10) + "E", false));
    }

    @Test
    void hugeLengthsAndInvalidPunycodeAreRejectedOrMarkedLikeRustfilt() {
        assertNull(Demangler.demangle("_ZN99999999999999999999999foo", false));
        assertNull(Demangler.demangle("_ZN2147483647aE", false));
        assertNull(Demangler.demangle("_RNvC6_123foou3___", false));
        assertEquals("a::punycode{ab-cd}", Demangler.demangle("_RNvC1au5ab_cd", false));
        assertEquals("utf8_idents::საჭმელად_გემრიელი_სადილი",
                Demangler.demangle("_RNqCs4fqI2P2rA04_11utf8_identsu30____7hkackfecea1cbdathfdh9hlq6y", false));
    }
}
