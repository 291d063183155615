package dev.typeheat.types;

import dev.typeheat.types.grammar.RustTypeBaseVisitor;
import dev.typeheat.types.grammar.RustTypeParser;
import dev.typeheat.types.grammar.RustTypeParser.BraceSegmentContext;
import dev.typeheat.types.grammar.RustTypeParser.BraceTailContext;
import dev.typeheat.types.grammar.RustTypeParser.CallArgsContext;
import dev.typeheat.types.grammar.RustTypeParser.DisambiguatorContext;
import dev.typeheat.types.grammar.RustTypeParser.GenericArgsContext;
import dev.typeheat.types.grammar.RustTypeParser.ImplTailContext;
import dev.typeheat.types.grammar.RustTypeParser.NamedSegmentContext;
import dev.typeheat.types.grammar.RustTypeParser.NamedTailContext;
import dev.typeheat.types.grammar.RustTypeParser.PathContext;
import dev.typeheat.types.grammar.RustTypeParser.SegmentContext;
import dev.typeheat.types.grammar.RustTypeParser.StructBodyContext;
import dev.typeheat.types.grammar.RustTypeParser.TermContext;
import dev.typeheat.types.grammar.RustTypeParser.TurbofishTailContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.RuleNode;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one path, visiting its segments in order. Segment names accumulate into one name
 * ({@code std::vec::Vec}); a segment with generic arguments, Debug call arguments or a Debug struct body
 * closes a node, and the segments after it continue that node as the base of a new PATH
 * ({@code Vec<T>::new}). One instance per path.
 */
final class PathBuilder extends RustTypeBaseVisitor<Void> {
    private final Interner in;
    private final TreeBuilder contents;
    private final TermBuilder terms;
    private final boolean leadingColons;
    private Ty base;
    private Ty current;
    /** The path has one segment: if that is {@code {closure@..}}, the path is that closure. */
    private boolean oneSegment;
    private Ty loneClosure;
    private final StringBuilder name = new StringBuilder();
    private int flags;

    /** {@code base}: the node the path continues, or null. */
    PathBuilder(Interner in, TreeBuilder contents, TermBuilder terms, Ty base, boolean leadingColons) {
        this.in = in;
        this.contents = contents;
        this.terms = terms;
        this.base = base;
        this.leadingColons = leadingColons;
        if (leadingColons) {
            name.append("::");
            flags |= Ty.LEADING_COLONS;
        }
    }

    /** The path's node. */
    Ty path(PathContext ctx) {
        if (ctx == null) {
            return in.missing();
        }
        if (ctx.firstSegment() != null) {
            oneSegment = ctx.getChildCount() == 1;
            ctx.firstSegment().accept(this);
            if (loneClosure != null) {
                return loneClosure;
            }
        }
        return tails(ctx);
    }

    /** Feeds the {@code :: segment} tails of {@code ctx} to this builder and returns the path; {@code ::::} is an empty segment. */
    Ty tails(ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof SegmentContext) {
                c.accept(this);
            } else if (c instanceof TerminalNode colons && colons.getSymbol().getType() == RustTypeParser.COLONCOLON
                    && !(i + 1 < ctx.getChildCount() && ctx.getChild(i + 1) instanceof SegmentContext)) {
                separator();
            }
        }
        return current != null ? current : make(List.of(), 0);
    }

    /** A segment recovery left without an alternative adds nothing. */
    @Override
    public Void visitChildren(RuleNode node) {
        return null;
    }

    @Override
    public Void visitNamedSegment(NamedSegmentContext s) {
        String ident = ParseTrees.tokenText(s.name());
        named(s.BANG() != null ? ident + "!" : ident, s.disambiguator(), s.genericArgs(), s.callArgs(),
                s.ARROW() != null ? s.term() : null, s.structBody());
        return null;
    }

    @Override
    public Void visitBraceSegment(BraceSegmentContext s) {
        Content c = contents.brace(s.braceContent());
        if (oneSegment && s.disambiguator() == null && !leadingColons && c instanceof Content.Special special
                && special.node().kind() == TyKind.CLOSURE) {
            loneClosure = special.node();
            return null;
        }
        brace(c, s.disambiguator());
        return null;
    }

    @Override
    public Void visitNamedTail(NamedTailContext n) {
        named(n.getStart().getText(), n.disambiguator(), n.genericArgs(), n.callArgs(), n.ARROW() != null ? n.term() : null,
                n.structBody());
        return null;
    }

    @Override
    public Void visitBraceTail(BraceTailContext b) {
        brace(contents.brace(b.braceContent()), b.disambiguator());
        return null;
    }

    @Override
    public Void visitTurbofishTail(TurbofishTailContext t) {
        Content.Items args = contents.angle(t.angleContent()).asItems(in);
        if (current != null) {
            separator();
            name.setLength(Math.max(0, name.length() - 2));
        }
        int f = Ty.TURBOFISH | (args.items().isEmpty() ? Ty.EMPTY_ARGS : 0)
                | (args.trailingComma() ? Ty.TRAILING_COMMA : 0);
        current = make(args.items(), f);
        return null;
    }

    @Override
    public Void visitImplTail(ImplTailContext t) {
        separator();
        Ty impl = in.node(TyKind.IMPL, "impl", terms.bounds(t.bounds()), 0);
        name.append(TypePrinter.WITH_HASHES.print(impl));
        return null;
    }

    // ------------------------------------------------------------------ building

    /** Before a segment: a closed node becomes the base, and the name gets its {@code ::}. */
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

    private void named(String ident, DisambiguatorContext dis, GenericArgsContext generic, CallArgsContext call,
                       TermContext returns, StructBodyContext struct) {
        separator();
        name.append(ident);
        disambiguator(dis);
        if (generic != null) {
            Content.Items args = contents.angle(generic.angleContent()).asItems(in);
            int f = args.items().isEmpty() ? Ty.EMPTY_ARGS : 0;
            f |= args.trailingComma() ? Ty.TRAILING_COMMA : 0;
            current = make(args.items(), f);
        }
        if (call != null) {
            current = call(call, returns);
        }
        if (struct != null) {
            current = struct(struct);
        }
    }

    /** Debug tuple {@code Name(a, b)} or {@code Fn(A) -> B}. */
    private Ty call(CallArgsContext call, TermContext returns) {
        Content.Items args = contents.paren(call.parenContent()).asItems(in);
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
            children.add(terms.term(returns));
            f |= Ty.HAS_RETURN;
        }
        return in.node(TyKind.CALL, callee, children, f);
    }

    /** Debug struct {@code Name { a: b }}. */
    private Ty struct(StructBodyContext struct) {
        Content c = contents.brace(struct.braceContent());
        List<Ty> children = new ArrayList<>();
        int f = 0;
        String owner = name.toString();
        if (current != null || base != null) {
            children.add(current != null ? current : make(List.of(), 0));
            owner = "";
            f |= Ty.HAS_BASE;
        }
        if (c instanceof Content.Special special) {
            children.add(special.node());
        } else {
            Content.Items fields = c.asItems(in);
            children.addAll(fields.items());
            f |= fields.trailingComma() ? Ty.TRAILING_COMMA : 0;
        }
        return in.node(TyKind.STRUCT, owner, children, f);
    }

    /** A {@code {closure#0}} style segment: part of the name. */
    private void brace(Content c, DisambiguatorContext dis) {
        separator();
        name.append('{').append(braceText(c)).append('}');
        disambiguator(dis);
    }

    private String braceText(Content c) {
        if (c instanceof Content.Special special && special.node().kind() == TyKind.LEAF) {
            return special.node().name();
        }
        return c.text(in);
    }

    /** A crate disambiguator or similar {@code [..]}: part of the name. */
    private void disambiguator(DisambiguatorContext dis) {
        if (dis == null) {
            return;
        }
        Content c = contents.bracket(dis.bracketContent());
        name.append('[').append(c.text(in)).append(']');
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
        return in.node(TyKind.PATH, name.toString(), children, f);
    }
}
