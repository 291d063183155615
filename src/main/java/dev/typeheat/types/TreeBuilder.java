package dev.typeheat.types;

import dev.typeheat.types.grammar.RustTypeParser;
import dev.typeheat.types.grammar.RustTypeParser.*;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one chunk's ANTLR parse tree into interned {@link Ty} nodes. Every method tolerates the holes
 * ANTLR's error recovery leaves (null children, missing tokens) and marks the node it builds from a
 * damaged context as truncated, so bad text never loses the rest of the tree.
 */
final class TreeBuilder {
    private static final Ty[] NONE = new Ty[0];

    private final Interner in;
    private final List<Content> folded;
    private final CharStream chars;

    TreeBuilder(Interner interner, List<Content> folded, CharStream chars) {
        this.in = interner;
        this.folded = folded;
        this.chars = chars;
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
            result = node(TyKind.LIST, "", items.items(), Ty.BARE | (items.trailingComma() ? Ty.TRAILING_COMMA : 0));
        }
        return damaged(ctx) ? in.withFlag(result, Ty.TRUNCATED) : result;
    }

    Content angle(AngleContentContext ctx) {
        if (ctx == null) {
            return emptyItems();
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        if (ctx.AS() != null || ctx.FOR() != null) {
            return new Content.Qualified(item(ctx.item(0)), term(ctx.term()), ctx.AS() != null ? "as" : "for");
        }
        return listOf(ctx, ctx.item(), ctx.COMMA().size());
    }

    Content paren(ParenContentContext ctx) {
        if (ctx == null) {
            return emptyItems();
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        return items(ctx.items());
    }

    Content bracket(BracketContentContext ctx) {
        if (ctx == null) {
            return emptyItems();
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        if (ctx.closureSpan() != null) {
            return new Content.Special(closure(ctx.closureSpan(), Ty.SQUARE));
        }
        if (ctx.SEMI() != null) {
            return new Content.Array(item(ctx.item(0)), item(ctx.item(1)));
        }
        return listOf(ctx, ctx.item(), ctx.COMMA().size());
    }

    Content brace(BraceContentContext ctx) {
        if (ctx == null) {
            return emptyItems();
        }
        if (ctx.PLACEHOLDER() != null) {
            return placeholder(ctx.PLACEHOLDER());
        }
        if (ctx.closureSpan() != null) {
            return new Content.Special(closure(ctx.closureSpan(), 0));
        }
        if (ctx.HASH() != null) {
            // {closure#0}, {shim:vtable#0}, {impl#3}
            StringBuilder tag = new StringBuilder(text(ctx.anyWord(0)));
            if (ctx.anyWord().size() > 1) {
                tag.append(':').append(text(ctx.anyWord(1)));
            }
            tag.append('#').append(text(ctx.NUMBER()));
            return new Content.Special(in.leaf(TyKind.LEAF, tag.toString()));
        }
        if (ctx.LC() != null) {
            // legacy {{closure}}: the outer braces come from the segment
            return new Content.Special(in.leaf(TyKind.LEAF, "{" + text(ctx.anyWord(0)) + "}"));
        }
        return items(ctx.items());
    }

    // ------------------------------------------------------------------ lists and items

    private Content.Items items(ItemsContext ctx) {
        if (ctx == null) {
            return (Content.Items) emptyItems();
        }
        return listOf(ctx, ctx.item(), ctx.COMMA().size());
    }

    private Content.Items listOf(ParserRuleContext ctx, List<ItemContext> itemContexts, int commas) {
        List<Ty> out = new ArrayList<>(itemContexts.size());
        for (ItemContext item : itemContexts) {
            out.add(item(item));
        }
        boolean trailing = commas > 0 && commas >= itemContexts.size();
        if (damaged(ctx) && !out.isEmpty()) {
            out.set(out.size() - 1, in.withFlag(out.get(out.size() - 1), Ty.TRUNCATED));
        }
        return new Content.Items(out, trailing);
    }

    private Ty item(ItemContext ctx) {
        if (ctx == null || ctx.unit().isEmpty()) {
            return in.intern(TyKind.ELIDED, "", null, Ty.TRUNCATED);
        }
        List<ParserRuleContext> pieces = new ArrayList<>(ctx.getChildCount());
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof UnitContext || c instanceof OpContext) {
                pieces.add((ParserRuleContext) c);
            }
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
                result = node(TyKind.SEQ, "", parts, 0);
            }
        }
        return damaged(ctx) ? in.withFlag(result, Ty.TRUNCATED) : result;
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
            return node(TyKind.FIELD, name, List.of(term(valueTerm)), 0);
        }
        if (op.equals("=")) {
            return node(TyKind.BINDING, name, List.of(term(valueTerm)), 0);
        }
        return null;
    }

    private static TermContext termOf(ParserRuleContext piece) {
        return piece instanceof UnitContext ? ((UnitContext) piece).term() : null;
    }

    /** The identifier when a term is one bare identifier, else null. */
    private static String simpleName(TermContext t) {
        if (!(t instanceof PathTypeContext)) {
            return null;
        }
        PathTypeContext p = (PathTypeContext) t;
        if (p.COLONCOLON() != null || p.path() == null || p.path().getChildCount() != 1
                || !(p.path().firstSegment() instanceof NamedSegmentContext)) {
            return null;
        }
        NamedSegmentContext s = (NamedSegmentContext) p.path().firstSegment();
        if (s.name() == null || s.getChildCount() != 1) {
            return null;
        }
        return s.name().getText();
    }

    private Ty piece(ParserRuleContext p) {
        TermContext t = termOf(p);
        if (t != null) {
            return term(t);
        }
        return in.leaf(TyKind.LEAF, p.getText());
    }

    // ------------------------------------------------------------------ terms

    Ty term(TermContext ctx) {
        if (ctx == null) {
            return in.intern(TyKind.ELIDED, "", null, Ty.TRUNCATED);
        }
        Ty t = termUnchecked(ctx);
        return damaged(ctx) ? in.withFlag(t, Ty.TRUNCATED) : t;
    }

    private Ty termUnchecked(TermContext ctx) {
        if (ctx instanceof PathTypeContext) {
            PathTypeContext p = (PathTypeContext) ctx;
            return path(p.path(), p.COLONCOLON() != null);
        }
        if (ctx instanceof RefTypeContext) {
            RefTypeContext r = (RefTypeContext) ctx;
            StringBuilder prefix = new StringBuilder("&");
            if (r.LIFETIME() != null) {
                prefix.append(r.LIFETIME().getText());
            } else if (r.REGION() != null) {
                prefix.append(r.REGION().getText());
                if (r.callArgs() != null) {
                    prefix.append('(').append(contentText(paren(r.callArgs().parenContent()))).append(')');
                }
            }
            if (r.MUT() != null) {
                prefix.append(prefix.length() > 1 ? " mut" : "mut");
            }
            return node(TyKind.REF, prefix.toString(), List.of(term(r.term())), 0);
        }
        if (ctx instanceof PtrTypeContext) {
            PtrTypeContext p = (PtrTypeContext) ctx;
            return node(TyKind.PTR, p.CONST() != null ? "*const" : "*mut", List.of(term(p.term())), 0);
        }
        if (ctx instanceof FnTypeContext) {
            return fn((FnTypeContext) ctx);
        }
        if (ctx instanceof DynTypeContext) {
            return node(TyKind.DYN, "dyn", bounds(((DynTypeContext) ctx).bounds()), 0);
        }
        if (ctx instanceof ImplTypeContext) {
            return node(TyKind.IMPL, "impl", bounds(((ImplTypeContext) ctx).bounds()), 0);
        }
        if (ctx instanceof ForTypeContext) {
            ForTypeContext f = (ForTypeContext) ctx;
            Ty binder = binder(f.forBinder());
            return node(TyKind.FOR, "for", List.of(binder, term(f.term())), 0);
        }
        if (ctx instanceof TupleTypeContext) {
            Content c = paren(((TupleTypeContext) ctx).parenContent());
            Content.Items items = asItems(c);
            return node(TyKind.TUPLE, "", items.items(), items.trailingComma() ? Ty.TRAILING_COMMA : 0);
        }
        if (ctx instanceof BracketTypeContext) {
            return bracketType(bracket(((BracketTypeContext) ctx).bracketContent()));
        }
        if (ctx instanceof QualifiedTypeContext) {
            QualifiedTypeContext q = (QualifiedTypeContext) ctx;
            Ty qualified = qualified(angle(q.angleContent()));
            return q.COLONCOLON().isEmpty() ? qualified : continuePath(qualified, q);
        }
        if (ctx instanceof NeverTypeContext) {
            return in.leaf(TyKind.NEVER, "!");
        }
        if (ctx instanceof ElidedTypeContext) {
            return in.intern(TyKind.ELIDED, ctx.getText(), null, Ty.TRUNCATED);
        }
        if (ctx instanceof RegionTypeContext) {
            RegionTypeContext r = (RegionTypeContext) ctx;
            if (r.callArgs() == null) {
                return in.leaf(TyKind.LEAF, r.REGION().getText());
            }
            Content.Items args = asItems(paren(r.callArgs().parenContent()));
            return node(TyKind.CALL, r.REGION().getText(), args.items(), args.trailingComma() ? Ty.TRAILING_COMMA : 0);
        }
        if (ctx instanceof RestTypeContext) {
            return in.leaf(TyKind.LEAF, "..");
        }
        return in.leaf(TyKind.LEAF, ctx.getText());
    }

    private Ty fn(FnTypeContext f) {
        StringBuilder prefix = new StringBuilder();
        FnPrefixContext p = f.fnPrefix();
        if (p != null && p.UNSAFE() != null) {
            prefix.append("unsafe ");
        }
        if (p != null && p.EXTERN() != null) {
            prefix.append("extern ");
            if (p.STRING() != null) {
                prefix.append(p.STRING().getText()).append(' ');
            }
        }
        prefix.append("fn");
        List<Ty> children = new ArrayList<>(asItems(paren(f.parenContent())).items());
        int flags = asItems(paren(f.parenContent())).trailingComma() ? Ty.TRAILING_COMMA : 0;
        if (f.ARROW() != null && f.BANG() != null) {
            // fn(..) -> ! {path}
            children.add(in.leaf(TyKind.NEVER, "!"));
            flags |= Ty.HAS_RETURN;
        } else if (f.ARROW() != null) {
            Ty ret = term(f.term());
            Ty item = null;
            if (ret.kind() == TyKind.STRUCT && !ret.has(Ty.HAS_BASE) && ret.childCount() == 1
                    && ret.child(0).kind() != TyKind.FIELD) {
                // fn(A) -> B {path}: the grammar read {path} as B's struct body
                item = ret.child(0);
                ret = node(TyKind.PATH, ret.name(), List.of(), 0);
            }
            children.add(ret);
            flags |= Ty.HAS_RETURN;
            if (item != null) {
                children.add(item);
                flags |= Ty.HAS_ITEM;
            }
        }
        if (f.fnItemName() != null) {
            children.add(braceAsType(brace(f.fnItemName().braceContent())));
            flags |= Ty.HAS_ITEM;
        }
        return node(TyKind.FN, prefix.toString(), children, flags);
    }

    private List<Ty> bounds(BoundsContext ctx) {
        List<Ty> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (BoundContext b : ctx.bound()) {
            Ty t = term(b.term(0));
            if (b.EQ() != null) {
                // legacy symbols spell `dyn Future<Output = T>` as `dyn Future+Output = T`
                t = node(TyKind.BINDING, TypePrinter.WITH_HASHES.print(t), List.of(term(b.term(1))), 0);
            }
            if (b.QUESTION() != null) {
                t = node(TyKind.SEQ, "", List.of(in.leaf(TyKind.LEAF, "?"), t), 0);
            }
            out.add(t);
        }
        return out;
    }

    private Ty binder(ForBinderContext ctx) {
        Content.Items items = asItems(angle(ctx == null ? null : ctx.angleContent()));
        return node(TyKind.LIST, "", items.items(), Ty.BARE);
    }

    private Ty bracketType(Content c) {
        if (c instanceof Content.Array) {
            Content.Array a = (Content.Array) c;
            return node(TyKind.ARRAY, "", List.of(a.element(), a.length()), 0);
        }
        if (c instanceof Content.Special) {
            Ty n = ((Content.Special) c).node();
            return n.kind() == TyKind.CLOSURE ? n : node(TyKind.LIST, "", List.of(n), 0);
        }
        Content.Items items = asItems(c);
        if (items.items().size() == 1 && !items.trailingComma()) {
            return node(TyKind.SLICE, "", items.items(), 0);
        }
        return node(TyKind.LIST, "", items.items(), items.trailingComma() ? Ty.TRAILING_COMMA : 0);
    }

    private Ty qualified(Content c) {
        if (c instanceof Content.Qualified) {
            Content.Qualified q = (Content.Qualified) c;
            return node(TyKind.QUALIFIED, q.keyword(), List.of(q.self(), q.trait()), 0);
        }
        Content.Items items = asItems(c);
        return node(TyKind.QUALIFIED, "", items.items(), items.trailingComma() ? Ty.TRAILING_COMMA : 0);
    }

    // ------------------------------------------------------------------ paths

    /**
     * Builds a path. Segment names accumulate into one name ({@code std::vec::Vec}); a segment with
     * generic arguments, Debug call arguments or a Debug struct body closes a node, and the segments
     * after it continue that node as the base of a new PATH ({@code Vec<T>::new}).
     */
    private Ty path(PathContext ctx, boolean leadingColons) {
        if (ctx == null) {
            return in.intern(TyKind.ELIDED, "", null, Ty.TRUNCATED);
        }
        PathBuilder b = new PathBuilder(null, leadingColons);
        FirstSegmentContext first = ctx.firstSegment();
        if (first instanceof NamedSegmentContext) {
            NamedSegmentContext s = (NamedSegmentContext) first;
            b.named(s.name().getText() + (s.BANG() != null ? "!" : ""), s.disambiguator(), s.genericArgs(), s.callArgs(), s.ARROW() != null ? s.term() : null,
                    s.structBody());
        } else if (first instanceof BraceSegmentContext) {
            BraceSegmentContext s = (BraceSegmentContext) first;
            Content c = brace(s.braceContent());
            if (ctx.getChildCount() == 1 && s.disambiguator() == null && c instanceof Content.Special
                    && ((Content.Special) c).node().kind() == TyKind.CLOSURE && !leadingColons) {
                return ((Content.Special) c).node();
            }
            b.brace(c, s.disambiguator());
        }
        tails(b, ctx);
        return b.finish();
    }

    private Ty continuePath(Ty base, ParserRuleContext ctx) {
        PathBuilder b = new PathBuilder(base, false);
        tails(b, ctx);
        return b.finish();
    }

    /** Feeds the {@code :: segment} tails of a path to the builder; {@code ::::} is an empty segment. */
    private static void tails(PathBuilder b, ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof SegmentContext) {
                b.tail((SegmentContext) c);
            } else if (c instanceof TerminalNode && ((TerminalNode) c).getSymbol().getType() == RustTypeParser.COLONCOLON
                    && !(i + 1 < ctx.getChildCount() && ctx.getChild(i + 1) instanceof SegmentContext)) {
                b.emptySegment();
            }
        }
    }

    private final class PathBuilder {
        private Ty base;
        private Ty current;
        private final StringBuilder name = new StringBuilder();
        private int flags;

        PathBuilder(Ty base, boolean leadingColons) {
            this.base = base;
            if (leadingColons) {
                name.append("::");
                flags |= Ty.LEADING_COLONS;
            }
        }

        private void separator() {
            if (current != null) {
                base = current;
                current = null;
                name.setLength(0);
                flags = 0;
            }
            // (not name.toString(): a path of 200,000 segments would copy its name once per segment)
            if (base != null || name.length() > 0 && !(name.length() == 2 && name.charAt(0) == ':' && name.charAt(1) == ':')) {
                name.append("::");
            }
        }

        void named(String ident, DisambiguatorContext dis, GenericArgsContext generic, CallArgsContext call,
                   TermContext returns, StructBodyContext struct) {
            separator();
            name.append(ident);
            disambiguator(dis);
            if (generic != null) {
                Content.Items args = asItems(angle(generic.angleContent()));
                int f = args.items().isEmpty() ? Ty.EMPTY_ARGS : 0;
                f |= args.trailingComma() ? Ty.TRAILING_COMMA : 0;
                current = make(args.items(), f);
            }
            if (call != null) {
                Content.Items args = asItems(paren(call.parenContent()));
                List<Ty> children = new ArrayList<>();
                int f = args.trailingComma() ? Ty.TRAILING_COMMA : 0;
                String callee = name.toString();
                if (current != null || base != null) {
                    children.add(current != null ? current : make(List.of(), 0));
                    callee = "";
                    f |= Ty.HAS_BASE;
                }
                children.addAll(args.items());
                if (returns != null) {
                    children.add(term(returns));
                    f |= Ty.HAS_RETURN;
                }
                current = node(TyKind.CALL, callee, children, f);
            }
            if (struct != null) {
                Content c = TreeBuilder.this.brace(struct.braceContent());
                List<Ty> children = new ArrayList<>();
                int f = 0;
                String owner = name.toString();
                if (current != null || base != null) {
                    children.add(current != null ? current : make(List.of(), 0));
                    owner = "";
                    f |= Ty.HAS_BASE;
                }
                if (c instanceof Content.Special) {
                    children.add(((Content.Special) c).node());
                } else {
                    Content.Items fields = asItems(c);
                    children.addAll(fields.items());
                    f |= fields.trailingComma() ? Ty.TRAILING_COMMA : 0;
                }
                current = node(TyKind.STRUCT, owner, children, f);
            }
        }

        void emptySegment() {
            separator();
        }

        void brace(Content c, DisambiguatorContext dis) {
            separator();
            name.append('{').append(braceText(c)).append('}');
            disambiguator(dis);
        }

        void tail(SegmentContext s) {
            if (s instanceof NamedTailContext) {
                NamedTailContext n = (NamedTailContext) s;
                named(n.getStart().getText(), n.disambiguator(), n.genericArgs(), n.callArgs(), n.ARROW() != null ? n.term() : null,
                        n.structBody());
            } else if (s instanceof BraceTailContext) {
                BraceTailContext b = (BraceTailContext) s;
                brace(TreeBuilder.this.brace(b.braceContent()), b.disambiguator());
            } else if (s instanceof TurbofishTailContext) {
                Content.Items args = asItems(angle(((TurbofishTailContext) s).angleContent()));
                if (current != null) {
                    separator();
                    name.setLength(Math.max(0, name.length() - 2));
                }
                int f = Ty.TURBOFISH | (args.items().isEmpty() ? Ty.EMPTY_ARGS : 0)
                        | (args.trailingComma() ? Ty.TRAILING_COMMA : 0);
                current = make(args.items(), f);
            } else if (s instanceof ImplTailContext) {
                separator();
                Ty impl = node(TyKind.IMPL, "impl", bounds(((ImplTailContext) s).bounds()), 0);
                name.append(TypePrinter.WITH_HASHES.print(impl));
            }
        }

        private void disambiguator(DisambiguatorContext dis) {
            if (dis == null) {
                return;
            }
            Content c = bracket(dis.bracketContent());
            name.append('[').append(contentText(c)).append(']');
        }

        private Ty make(List<Ty> args, int extraFlags) {
            List<Ty> children = args;
            int f = flags | extraFlags;
            if (base != null) {
                children = new ArrayList<>(args.size() + 1);
                children.add(base);
                children.addAll(args);
                f |= Ty.HAS_BASE;
            }
            return node(TyKind.PATH, name.toString(), children, f);
        }

        Ty finish() {
            if (current != null) {
                return current;
            }
            return make(List.of(), 0);
        }
    }

    // ------------------------------------------------------------------ closures and braces

    private Ty closure(ClosureSpanContext ctx, int flags) {
        StringBuilder name = new StringBuilder();
        for (AnyWordContext w : ctx.anyWord()) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(w.getText());
        }
        name.append('@');
        List<Ty> children = new ArrayList<>();
        if (ctx.OF() != null) {
            name.setLength(name.length() - 1);
            name.append(" of");
            children.add(term(ctx.term()));
        } else if (ctx.sourceSpan() != null) {
            name.append(original(ctx.sourceSpan()));
            for (CaptureContext cap : ctx.capture()) {
                children.add(node(TyKind.FIELD, text(cap.IDENT()), List.of(term(cap.term())), 0));
            }
        } else {
            children.add(term(ctx.term()));
        }
        int f = flags | (damaged(ctx) ? Ty.TRUNCATED : 0);
        return node(TyKind.CLOSURE, name.toString(), children, f);
    }

    /** A fn item's {@code {path}} as a type. */
    private Ty braceAsType(Content c) {
        if (c instanceof Content.Special) {
            return ((Content.Special) c).node();
        }
        Content.Items items = asItems(c);
        if (items.items().size() == 1) {
            return items.items().get(0);
        }
        return node(TyKind.LIST, "", items.items(), Ty.BARE);
    }

    /** The text a brace segment contributes to a path name. */
    private String braceText(Content c) {
        if (c instanceof Content.Special) {
            Ty n = ((Content.Special) c).node();
            return n.kind() == TyKind.LEAF ? n.name() : TypePrinter.WITH_HASHES.print(n);
        }
        return contentText(c);
    }

    private String contentText(Content c) {
        if (c instanceof Content.Special) {
            return TypePrinter.WITH_HASHES.print(((Content.Special) c).node());
        }
        Content.Items items = asItems(c);
        StringBuilder sb = new StringBuilder();
        for (Ty t : items.items()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(TypePrinter.WITH_HASHES.print(t));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ helpers

    private Content placeholder(TerminalNode token) {
        int k = Integer.parseInt(token.getText().substring(1));
        return folded.get(k);
    }

    private static Content emptyItems() {
        return new Content.Items(List.of(), false);
    }

    /** Views any content as a list: a qualified pair, array or special becomes a one-element list. */
    private Content.Items asItems(Content c) {
        if (c instanceof Content.Items) {
            return (Content.Items) c;
        }
        if (c instanceof Content.Special) {
            return new Content.Items(List.of(((Content.Special) c).node()), false);
        }
        if (c instanceof Content.Array) {
            Content.Array a = (Content.Array) c;
            return new Content.Items(List.of(a.element(), a.length()), false);
        }
        return new Content.Items(List.of(qualified(c)), false);
    }


    private Ty node(TyKind kind, String name, List<Ty> children, int flags) {
        return in.intern(kind, name, children.isEmpty() ? NONE : children.toArray(NONE), flags);
    }

    private String original(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null || stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return ctx.getText();
        }
        return chars.getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }

    private static String text(ParseTree t) {
        return t == null ? "\u2026" : t.getText();
    }

    /** True when ANTLR had to recover inside this context (an error, a missing or an extra token). */
    private static boolean damaged(ParserRuleContext ctx) {
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
            if (c instanceof TerminalNode && ((TerminalNode) c).getSymbol().getTokenIndex() < 0) {
                return true;
            }
        }
        return false;
    }
}
