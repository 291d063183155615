package dev.typeheat.demangle;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random mutations of real symbols, and hostile constructions: no exception, no hang, bounded output. */
class DemanglerFuzzTest {
    private static final String ALPHABET = "_RNvCsIMXYBKLEGpuABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$.";

    @Test
    void mutatedRealSymbolsNeverThrow() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String line : Files.readAllLines(TestCorpus.project("demangle/nm-v0-sample.txt"))) {
            int sp = line.lastIndexOf(' ');
            seeds.add(line.substring(sp + 1));
        }
        for (String line : Files.readAllLines(TestCorpus.project("demangle/nm-legacy-sample.txt"))) {
            seeds.add(line.substring(line.lastIndexOf(' ') + 1));
        }
        Random random = new Random(42);
        long deadline = System.nanoTime() + 3_000_000_000L;
        int runs = 0;
        while (System.nanoTime() < deadline) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            StringBuilder s = new StringBuilder(seed);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0: s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); break;
                    case 1: s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); break;
                    default: s.deleteCharAt(at);
                }
            }
            Demangler.demangle(s.toString(), random.nextBoolean());
            runs++;
        }
        assertTrue(runs > 1000, "too few runs: " + runs);
    }

    @Test
    void deepBackrefChainsHitTheRecursionLimit() {
        // each B_ points back to the start: the printer follows them until the depth cap
        StringBuilder s = new StringBuilder("_RINvC3foo3barRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR");
        for (int i = 0; i < 600; i++) {
            s.append("R");
        }
        s.append("uE");
        String out = Demangler.demangle(s.toString(), false);
        assertTrue(out == null || out.length() < 5000, String.valueOf(out));
        String nested = "_RINvC1a1bTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT".repeat(10) + "E";
        Demangler.demangle(nested, false);
    }

    @Test
    void hugeLengthsAndInvalidPunycodeAreRejectedQuickly() {
        assertTrue(Demangler.demangle("_ZN99999999999999999999999foo", false) == null);
        assertTrue(Demangler.demangle("_ZN2147483647aE", false) == null);
        String punycode = Demangler.demangle("_RNvC6_123foou3___", false);
        assertTrue(punycode == null || punycode.contains("punycode") || !punycode.isEmpty());
    }
}
