package dev.typeheat.types;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** What the tree builders ask of ANTLR parse-tree nodes, including the holes its error recovery leaves. */
final class ParseTrees {
    private ParseTrees() {
    }

    /** True when ANTLR had to recover inside this context (an error, a missing or an extra token). */
    static boolean damaged(ParserRuleContext ctx) {
        if (ctx == null) {
            return false;
        }
        if (ctx.exception != null) {
            return true;
        }
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ErrorNode) {
                return true;
            }
            if (c instanceof TerminalNode token && token.getSymbol().getTokenIndex() < 0) {
                return true;
            }
        }
        return false;
    }

    /** The node's text, or an elision mark where recovery left nothing. */
    static String text(ParseTree t) {
        return t == null ? "\u2026" : t.getText();
    }

    /** The text of a context that is one token (a name), without the copy {@code getText} makes of it. */
    static String tokenText(ParserRuleContext ctx) {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode token) {
            return token.getText();
        }
        return ctx.getText();
    }

    /** The input text the context covers, spaces included (getText drops skipped whitespace). */
    static String original(ParserRuleContext ctx, CharStream chars) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null || stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return ctx.getText();
        }
        return chars.getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }
}
