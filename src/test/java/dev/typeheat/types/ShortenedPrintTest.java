package dev.typeheat.types;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels printed head and tail only are exactly the full print, shortened. */
class ShortenedPrintTest {
    private static final int[] WIDTHS = {5, 6, 24, 80, 101, 400};

    @Test
    void shortenedPrintEqualsShortenedFullPrintOnEveryCorpusSubtree() throws IOException {
        TypeParser parser = new TypeParser();
        List<Ty> roots = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCorpus.project("types/long-types"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        roots.add(parser.parse(line).root());
                    }
                }
            }
        }
        for (String line : Files.readAllLines(TestCorpus.project("types/obligations/tower-app-query-args.tsv"))) {
            roots.add(parser.parse(line.substring(line.indexOf('\t') + 1)).root());
        }
        roots.add(parser.parseSymbol(Files.readString(TestCorpus.project("types/golden/symbol-v0.type")).strip()).root());
        Set<Ty> subtrees = new HashSet<>();
        for (Ty root : roots) {
            ArrayDeque<Ty> stack = new ArrayDeque<>(List.of(root));
            while (!stack.isEmpty()) {
                Ty t = stack.pop();
                if (subtrees.add(t)) {
                    for (int i = 0; i < t.childCount(); i++) {
                        stack.push(t.child(i));
                    }
                }
            }
        }
        assertTrue(subtrees.size() > 4000, "too few subtrees: " + subtrees.size());
        for (TypePrinter printer : new TypePrinter[] {TypePrinter.WITH_HASHES, TypePrinter.WITHOUT_HASHES}) {
            for (Ty t : subtrees) {
                String full = printer.print(t);
                for (int w : WIDTHS) {
                    assertEquals(TypePrinter.shorten(full, w), printer.printShortened(t, w), full);
                }
                assertEquals(full.substring(Math.max(0, full.length() - 37)), printer.printTail(t, 37), full);
            }
        }
    }

    @Test
    void labelOfA100000DeepTypeShowsItsBothEnds() {
        int levels = 100_000;
        String text = "Or<".repeat(levels) + "u8" + ">".repeat(levels);
        Ty root = new TypeParser().parse(text).root();
        assertEquals(TypePrinter.shorten(text, 41), TypePrinter.WITHOUT_HASHES.printShortened(root, 41));
        assertEquals("Or<Or<Or<Or<Or<Or<Or<Or<O…" + ">".repeat(25), TypePrinter.WITHOUT_HASHES.printShortened(root, 51));
    }
}
