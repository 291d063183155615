package dev.typeheat.types;

import dev.typeheat.measure.Measurer;
import dev.typeheat.measure.Metrics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nesting and size are not limits: parse, measure and print without deep recursion. */
class DeepAndHugeTypesTest {

    @Test
    void typeNested100000DeepParsesMeasuresAndPrints() {
        int levels = 100_000;
        StringBuilder sb = new StringBuilder(levels * 30);
        for (int i = 0; i < levels; i++) {
            sb.append("warp::filter::or::Or<");
        }
        sb.append("Leaf");
        for (int i = 0; i < levels; i++) {
            sb.append(", B>");
        }
        String text = sb.toString();

        ParsedType parsed = new TypeParser().parse(text);

        assertTrue(parsed.clean(), "syntax errors: " + parsed.firstError());
        Metrics m = new Measurer().measure(parsed.root());
        assertEquals(levels + 1, m.depth());
        assertEquals(levels, m.chain());
        assertEquals(2L * levels + 1, m.nodes());
        assertEquals(text.length(), m.length());
        assertEquals(text, TypePrinter.WITH_HASHES.print(parsed.root()));
    }

    @Test
    void prefixChainsTooDeepForTheStackAreOneCutNodeAndTheParserGoesOn() {
        TypeParser parser = new TypeParser();
        for (String text : new String[] {"&".repeat(100_000) + "u8", "*const ".repeat(20_000) + "u8",
                "fn() -> ".repeat(20_000) + "u8", "dyn ".repeat(20_000) + "Fn()"}) {
            ParsedType parsed = parser.parse(text);
            assertEquals(TypeParser.TOO_DEEP, parsed.firstError(), text.substring(0, 10));
            assertEquals(1, parsed.syntaxErrors());
            assertTrue(new Measurer().measure(parsed.root()).truncated());
        }
        ParsedType after = parser.parse("&&&*const fn() -> Vec<u8>");
        assertTrue(after.clean(), "syntax errors after an overflow: " + after.firstError());
        assertEquals("&&&*const fn() -> Vec<u8>", TypePrinter.WITH_HASHES.print(after.root()));
    }

    @Test
    void unclosedDeepTypeIsRepairedAndMarkedTruncated() {
        String text = "Map<".repeat(50_000) + "u8";
        ParsedType parsed = new TypeParser().parse(text);
        assertNotNull(parsed.root());
        assertTrue(parsed.repaired());
        Metrics m = new Measurer().measure(parsed.root());
        assertTrue(m.truncated());
        assertEquals(50_000, m.chain());
    }

    @Test
    void fiftyMegabyteTypeParsesAndMeasures() {
        // A balanced tree of distinct leaves: Or<Or<..L0..>, Or<..L1..>> with 2^19 leaves, about 50 MB.
        int levels = 19;
        StringBuilder sb = new StringBuilder(52_000_000);
        int[] leaf = {0};
        appendTree(sb, levels, leaf);
        String text = sb.toString();
        assertTrue(text.length() > 50_000_000, "generated " + text.length());

        ParsedType parsed = new TypeParser().parse(text);

        assertTrue(parsed.clean(), "syntax errors: " + parsed.firstError());
        Metrics m = new Measurer().measure(parsed.root());
        assertEquals(levels + 2, m.depth());
        assertEquals(text.length(), m.length());
        assertFalse(m.truncated());
    }

    private static void appendTree(StringBuilder sb, int levels, int[] leaf) {
        // iterative would obscure the shape; 19 levels of recursion are harmless
        if (levels == 0) {
            sb.append("hyper::service::util::ServiceFn<app::routes::api::v1::Handler").append(leaf[0]++).append(", u8>");
            return;
        }
        sb.append("warp::filter::or::Or<");
        appendTree(sb, levels - 1, leaf);
        sb.append(", ");
        appendTree(sb, levels - 1, leaf);
        sb.append('>');
    }

    @Test
    void sharedSubtreesMakeAstronomicalTreesWithoutMemory() {
        Interner in = new Interner();
        Ty t = in.leaf(TyKind.PATH, "u8");
        for (int i = 0; i < 100; i++) {
            t = in.intern(TyKind.TUPLE, "", new Ty[] {t, t}, 0);
        }
        Metrics m = new Measurer().measure(t);
        assertEquals(101, m.depth());
        assertEquals(Long.MAX_VALUE, m.nodes(), "nodes saturate instead of overflowing");
        assertEquals(101, m.distinct());
    }
}
