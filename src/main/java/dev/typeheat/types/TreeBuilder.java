package dev.typeheat.types;

import dev.typeheat.types.grammar.RustTypeParser;
import dev.typeheat.types.grammar.RustTypeParser.AngleContentContext;
import dev.typeheat.types.grammar.RustTypeParser.BraceContentContext;
import dev.typeheat.types.grammar.RustTypeParser.BracketContentContext;
import dev.typeheat.types.grammar.RustTypeParser.InputContext;
import dev.typeheat.types.grammar.RustTypeParser.ItemContext;
import dev.typeheat.types.grammar.RustTypeParser.ItemsContext;
import dev.typeheat.types.grammar.RustTypeParser.NamedSegmentContext;
import dev.typeheat.types.grammar.RustTypeParser.OpContext;
import dev.typeheat.types.grammar.RustTypeParser.ParenContentContext;
import dev.typeheat.types.grammar.RustTypeParser.PathTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.TermContext;
import dev.typeheat.types.grammar.RustTypeParser.UnitContext;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one chunk's ANTLR parse tree into interned {@link Ty} nodes: the whole input or one bracket
 * group's content, with its comma lists and items. Terms are built by {@link TermBuilder}, paths by
 * {@link PathBuilder}. Every method tolerates the holes ANTLR's error recovery leaves (null children,
 * missing tokens) and marks the node it builds from a damaged context as truncated, so bad text never
 * loses the rest of the tree.
 *
 * <p>Recursion follows the parse tree, whose height {@link BracketFolder} bounds per chunk.
 */
final class TreeBuilder {
    private final Interner in;
    private final List<Content> folded;
    private final TermBuilder terms;

    TreeBuilder(Interner interner, List<Content> folded, CharStream chars) {
        this.in = interner;
        this.folded = folded;
        this.terms = new TermBuilder(interner, this, chars);
    }

    // ------------------------------------------------------------------ entry points

    Ty input(InputContext ctx) {
        Content.Items items = items(ctx == null ? null : ctx.items());
        Ty result;
        if (items.items().isEmpty()) {
            return null;
        } else if (items.items().size() == 1 && !items.trailingComma()) {
            result = items.items().get(0);
        } else {
            result = in.node(TyKind.LIST, "", items.items(), Ty.BARE | (items.trailingComma() ? Ty.TRAILING_COMMA : 0));
        }
        return ParseTrees.damaged(ctx) ? in.withFlag(result, Ty.TRUNCATED) : result;
    }

    Content angle(AngleContentContext ctx) {
        if (ctx == null) {
            return Content.Items.EMPTY;
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        if (ctx.AS() != null || ctx.FOR() != null) {
            return new Content.Qualified(item(ctx.item(0)), terms.term(ctx.term()), ctx.AS() != null ? "as" : "for");
        }
        return listOf(ctx);
    }

    Content paren(ParenContentContext ctx) {
        if (ctx == null) {
            return Content.Items.EMPTY;
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        return items(ctx.items());
    }

    Content bracket(BracketContentContext ctx) {
        if (ctx == null) {
            return Content.Items.EMPTY;
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        if (ctx.closureSpan() != null) {
            return new Content.Special(terms.closure(ctx.closureSpan(), Ty.SQUARE));
        }
        if (ctx.SEMI() != null) {
            return new Content.Array(item(ctx.item(0)), item(ctx.item(1)));
        }
        return listOf(ctx);
    }

    Content brace(BraceContentContext ctx) {
        if (ctx == null) {
            return Content.Items.EMPTY;
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        if (ctx.closureSpan() != null) {
            return new Content.Special(terms.closure(ctx.closureSpan(), 0));
        }
        if (ctx.HASH() != null) {
            // {closure#0}, {shim:vtable#0}, {impl#3}
            StringBuilder tag = new StringBuilder(ParseTrees.text(ctx.anyWord(0)));
            if (ctx.anyWord().size() > 1) {
                tag.append(':').append(ParseTrees.text(ctx.anyWord(1)));
            }
            tag.append('#').append(ParseTrees.text(ctx.NUMBER()));
            return new Content.Special(in.leaf(TyKind.LEAF, tag.toString()));
        }
        if (ctx.LC() != null) {
            // legacy {{closure}}: the outer braces come from the segment
            return new Content.Special(in.leaf(TyKind.LEAF, "{" + ParseTrees.text(ctx.anyWord(0)) + "}"));
        }
        return items(ctx.items());
    }

    // ------------------------------------------------------------------ lists and items

    private Content.Items items(ItemsContext ctx) {
        if (ctx == null) {
            return Content.Items.EMPTY;
        }
        return listOf(ctx);
    }

    /**
     * The items of a comma list, and whether a comma trails them. Read off the children in one pass
     * ({@code ctx.item()} and {@code ctx.COMMA()} would build two lists per list, millions in a deep type).
     */
    private Content.Items listOf(ParserRuleContext ctx) {
        List<Ty> out = new ArrayList<>((ctx.getChildCount() + 1) / 2);
        int commas = 0;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof ItemContext item) {
                out.add(item(item));
            } else if (c instanceof TerminalNode t && t.getSymbol().getType() == RustTypeParser.COMMA) {
                commas++;
            }
        }
        boolean trailing = commas > 0 && commas >= out.size();
        if (ParseTrees.damaged(ctx) && !out.isEmpty()) {
            out.set(out.size() - 1, in.withFlag(out.get(out.size() - 1), Ty.TRUNCATED));
        }
        return new Content.Items(out, trailing);
    }

    private Ty item(ItemContext ctx) {
        if (ctx == null) {
            return in.missing();
        }
        // units and operators in their order (getChildren also holds recovery's error nodes)
        List<ParserRuleContext> pieces = new ArrayList<>(ctx.getChildCount());
        boolean anyUnit = false;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof UnitContext || c instanceof OpContext) {
                pieces.add((ParserRuleContext) c);
                anyUnit |= c instanceof UnitContext;
            }
        }
        if (!anyUnit) {
            return in.missing();
        }
        Ty result;
        if (pieces.size() == 1) {
            result = piece(pieces.get(0));
        } else {
            result = fieldOrBinding(pieces);
            if (result == null) {
                List<Ty> parts = new ArrayList<>(pieces.size());
                for (ParserRuleContext p : pieces) {
                    parts.add(piece(p));
                }
                result = in.node(TyKind.SEQ, "", parts, 0);
            }
        }
        return ParseTrees.damaged(ctx) ? in.withFlag(result, Ty.TRUNCATED) : result;
    }

    /** {@code name: value} (Debug field) and {@code Name = T} (associated type binding). */
    private Ty fieldOrBinding(List<ParserRuleContext> pieces) {
        if (pieces.size() != 3 || !(pieces.get(1) instanceof OpContext)) {
            return null;
        }
        TermContext nameTerm = termOf(pieces.get(0));
        TermContext valueTerm = termOf(pieces.get(2));
        String name = simpleName(nameTerm);
        if (name == null || valueTerm == null) {
            return null;
        }
        String op = pieces.get(1).getText();
        if (op.equals(":") && Character.isLowerCase(name.charAt(0))) {
            return in.node(TyKind.FIELD, name, List.of(terms.term(valueTerm)), 0);
        }
        if (op.equals("=")) {
            return in.node(TyKind.BINDING, name, List.of(terms.term(valueTerm)), 0);
        }
        return null;
    }

    private static TermContext termOf(ParserRuleContext piece) {
        return piece instanceof UnitContext unit ? unit.term() : null;
    }

    /** The identifier when a term is one bare identifier, else null. */
    private static String simpleName(TermContext t) {
        if (!(t instanceof PathTypeContext p) || p.COLONCOLON() != null || p.path() == null
                || p.path().getChildCount() != 1 || !(p.path().firstSegment() instanceof NamedSegmentContext s)) {
            return null;
        }
        if (s.name() == null || s.getChildCount() != 1) {
            return null;
        }
        return s.name().getText();
    }

    /** A unit's term, or an operator or keyword as a leaf. */
    private Ty piece(ParserRuleContext p) {
        TermContext t = termOf(p);
        if (t != null) {
            return terms.term(t);
        }
        return in.leaf(TyKind.LEAF, p.getText());
    }

    /** A group {@link BracketFolder} parsed on its own. */
    private Content placeholder(TerminalNode token) {
        int k = Integer.parseInt(token.getText().substring(1));
        return folded.get(k);
    }
}
