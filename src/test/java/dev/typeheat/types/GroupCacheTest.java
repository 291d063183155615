package dev.typeheat.types;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bracket groups seen before are not parsed again; what a parse reports does not depend on the cache. */
class GroupCacheTest {
    /** A generic argument of a few kB, like the server types every tokio harness symbol repeats. */
    private static String bigArgument() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("warp::filter::map::Map<warp::filter::and::And<A").append(i).append(", B>, {closure@src/main.rs:")
                    .append(i).append(":1: ").append(i).append(":9}>, ");
        }
        return "(" + sb + "u8)";
    }

    @Test
    void repeatedGroupIsParsedOnce() {
        String arg = bigArgument();
        TypeParser parser = new TypeParser();
        ParsedType first = parser.parseSymbol("<tokio::task::Harness<" + arg + ", S>>::poll");
        long afterFirst = parser.chunkParses();
        ParsedType second = parser.parseSymbol("<tokio::task::Harness<" + arg + ", S>>::complete");
        long forSecond = parser.chunkParses() - afterFirst;

        assertTrue(first.clean() && second.clean());
        assertTrue(afterFirst >= 2, "the big group was not parsed on its own: " + afterFirst);
        assertEquals(1, forSecond, "the second symbol should only need its outer text parsed");
        assertSame(first.root().child(0), second.root().child(0));
        assertEquals(TypePrinter.WITH_HASHES.print(new TypeParser().parseSymbol("<tokio::task::Harness<" + arg
                + ", S>>::complete").root()), TypePrinter.WITH_HASHES.print(second.root()));
    }

    @Test
    void groupsWithSyntaxErrorsAreParsedEveryTimeSoEveryParseReportsThem() {
        String broken = bigArgument().replace("And<A7, B>", "And<A7 B ;; >");
        TypeParser parser = new TypeParser();
        ParsedType first = parser.parse("Vec<" + broken + ">");
        ParsedType second = parser.parse("Box<" + broken + ">");
        assertTrue(first.syntaxErrors() > 0, "the broken text parsed cleanly");
        assertEquals(first.syntaxErrors(), second.syntaxErrors());
        assertEquals(first.firstError(), second.firstError());
    }

    @Test
    void cacheStaysBoundedOverManyDistinctTexts() {
        TypeParser parser = new TypeParser();
        String arg = bigArgument();
        long most = 0;
        int texts = (int) (GroupCache.CAPACITY / arg.length()) + 500;
        for (int i = 0; i < texts; i++) {
            // every text distinct and cacheable, more of them than the cache may keep
            parser.parse("X" + i + "<" + arg.replace("u8)", "u" + i + ")") + ">");
            most = Math.max(most, parser.cachedChars());
        }
        assertTrue(most <= GroupCache.CAPACITY, "kept " + most);
        assertTrue(parser.cachedChars() < (long) texts * arg.length(), "never emptied");
        assertTrue(parser.parse("Y<" + arg + ">").clean());
    }
}
