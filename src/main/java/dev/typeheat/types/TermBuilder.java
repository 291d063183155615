package dev.typeheat.types;

import dev.typeheat.types.grammar.RustTypeBaseVisitor;
import dev.typeheat.types.grammar.RustTypeParser.AnyWordContext;
import dev.typeheat.types.grammar.RustTypeParser.BoundContext;
import dev.typeheat.types.grammar.RustTypeParser.BoundsContext;
import dev.typeheat.types.grammar.RustTypeParser.BracketTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.CaptureContext;
import dev.typeheat.types.grammar.RustTypeParser.ClosureSpanContext;
import dev.typeheat.types.grammar.RustTypeParser.DynTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.ElidedTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.FnPrefixContext;
import dev.typeheat.types.grammar.RustTypeParser.FnTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.ForBinderContext;
import dev.typeheat.types.grammar.RustTypeParser.ForTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.ImplTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.LiteralTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.NeverTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.PathTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.PtrTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.QualifiedTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.RefTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.RegionTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.RestTypeContext;
import dev.typeheat.types.grammar.RustTypeParser.TermContext;
import dev.typeheat.types.grammar.RustTypeParser.TupleTypeContext;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.tree.RuleNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the node of one {@code term}: one visit method per alternative of the grammar rule, so a new
 * alternative is one new method here. Closures are built here too: they are types that appear as
 * bracket content.
 */
final class TermBuilder extends RustTypeBaseVisitor<Ty> {
    private final Interner in;
    private final TreeBuilder contents;
    private final CharStream chars;

    TermBuilder(Interner interner, TreeBuilder contents, CharStream chars) {
        this.in = interner;
        this.contents = contents;
        this.chars = chars;
    }

    /** The term's node, marked truncated when the term was damaged; an elision where recovery left none. */
    Ty term(TermContext ctx) {
        if (ctx == null) {
            return in.missing();
        }
        Ty t = ctx.accept(this);
        return ParseTrees.damaged(ctx) ? in.withFlag(t, Ty.TRUNCATED) : t;
    }

    /** A term recovery left without an alternative (a plain TermContext): its text as a leaf. */
    @Override
    public Ty visitChildren(RuleNode node) {
        return in.leaf(TyKind.LEAF, node.getText());
    }

    @Override
    public Ty visitPathType(PathTypeContext ctx) {
        return new PathBuilder(in, contents, this, null, ctx.COLONCOLON() != null).path(ctx.path());
    }

    @Override
    public Ty visitRefType(RefTypeContext ctx) {
        StringBuilder prefix = new StringBuilder("&");
        if (ctx.LIFETIME() != null) {
            prefix.append(ctx.LIFETIME().getText());
        } else if (ctx.REGION() != null) {
            prefix.append(ctx.REGION().getText());
            if (ctx.callArgs() != null) {
                prefix.append('(').append(contents.paren(ctx.callArgs().parenContent()).text(in)).append(')');
            }
        }
        if (ctx.MUT() != null) {
            prefix.append(prefix.length() > 1 ? " mut" : "mut");
        }
        return in.node(TyKind.REF, prefix.toString(), List.of(term(ctx.term())), 0);
    }

    @Override
    public Ty visitPtrType(PtrTypeContext ctx) {
        return in.node(TyKind.PTR, ctx.CONST() != null ? "*const" : "*mut", List.of(term(ctx.term())), 0);
    }

    @Override
    public Ty visitFnType(FnTypeContext ctx) {
        StringBuilder prefix = new StringBuilder();
        FnPrefixContext p = ctx.fnPrefix();
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
        Content.Items params = contents.paren(ctx.parenContent()).asItems(in);
        List<Ty> children = new ArrayList<>(params.items());
        int flags = params.trailingComma() ? Ty.TRAILING_COMMA : 0;
        if (ctx.ARROW() != null && ctx.BANG() != null) {
            // fn(..) -> ! {path}
            children.add(in.leaf(TyKind.NEVER, "!"));
            flags |= Ty.HAS_RETURN;
        } else if (ctx.ARROW() != null) {
            Ty ret = term(ctx.term());
            Ty item = null;
            if (ret.kind() == TyKind.STRUCT && !ret.has(Ty.HAS_BASE) && ret.childCount() == 1
                    && ret.child(0).kind() != TyKind.FIELD) {
                // fn(A) -> B {path}: the grammar read {path} as B's struct body
                item = ret.child(0);
                ret = in.node(TyKind.PATH, ret.name(), List.of(), 0);
            }
            children.add(ret);
            flags |= Ty.HAS_RETURN;
            if (item != null) {
                children.add(item);
                flags |= Ty.HAS_ITEM;
            }
        }
        if (ctx.fnItemName() != null) {
            children.add(itemPath(contents.brace(ctx.fnItemName().braceContent())));
            flags |= Ty.HAS_ITEM;
        }
        return in.node(TyKind.FN, prefix.toString(), children, flags);
    }

    /** A fn item's {@code {path}} as a type. */
    private Ty itemPath(Content c) {
        if (c instanceof Content.Special special) {
            return special.node();
        }
        Content.Items items = c.asItems(in);
        if (items.items().size() == 1) {
            return items.items().get(0);
        }
        return in.node(TyKind.LIST, "", items.items(), Ty.BARE);
    }

    @Override
    public Ty visitDynType(DynTypeContext ctx) {
        return in.node(TyKind.DYN, "dyn", bounds(ctx.bounds()), 0);
    }

    @Override
    public Ty visitImplType(ImplTypeContext ctx) {
        return in.node(TyKind.IMPL, "impl", bounds(ctx.bounds()), 0);
    }

    /** The bounds of {@code dyn}/{@code impl}, one node each. */
    List<Ty> bounds(BoundsContext ctx) {
        List<Ty> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (BoundContext b : ctx.bound()) {
            Ty t = term(b.term(0));
            if (b.EQ() != null) {
                // legacy symbols spell `dyn Future<Output = T>` as `dyn Future+Output = T`
                t = in.node(TyKind.BINDING, TypePrinter.WITH_HASHES.print(t), List.of(term(b.term(1))), 0);
            }
            if (b.QUESTION() != null) {
                t = in.node(TyKind.SEQ, "", List.of(in.leaf(TyKind.LEAF, "?"), t), 0);
            }
            out.add(t);
        }
        return out;
    }

    @Override
    public Ty visitForType(ForTypeContext ctx) {
        return in.node(TyKind.FOR, "for", List.of(binder(ctx.forBinder()), term(ctx.term())), 0);
    }

    private Ty binder(ForBinderContext ctx) {
        Content.Items items = contents.angle(ctx == null ? null : ctx.angleContent()).asItems(in);
        return in.node(TyKind.LIST, "", items.items(), Ty.BARE);
    }

    @Override
    public Ty visitTupleType(TupleTypeContext ctx) {
        Content.Items items = contents.paren(ctx.parenContent()).asItems(in);
        return in.node(TyKind.TUPLE, "", items.items(), items.trailingComma() ? Ty.TRAILING_COMMA : 0);
    }

    /** {@code [T; N]}, {@code [T]}, an old-style {@code [closure@..]} or a Debug list. */
    @Override
    public Ty visitBracketType(BracketTypeContext ctx) {
        Content c = contents.bracket(ctx.bracketContent());
        if (c instanceof Content.Array a) {
            return in.node(TyKind.ARRAY, "", List.of(a.element(), a.length()), 0);
        }
        if (c instanceof Content.Special special) {
            Ty n = special.node();
            return n.kind() == TyKind.CLOSURE ? n : in.node(TyKind.LIST, "", List.of(n), 0);
        }
        Content.Items items = c.asItems(in);
        if (items.items().size() == 1 && !items.trailingComma()) {
            return in.node(TyKind.SLICE, "", items.items(), 0);
        }
        return in.node(TyKind.LIST, "", items.items(), items.trailingComma() ? Ty.TRAILING_COMMA : 0);
    }

    /** {@code <T as Trait>}, {@code <T>}, maybe continued as a path ({@code <T as Trait>::Item}). */
    @Override
    public Ty visitQualifiedType(QualifiedTypeContext ctx) {
        Content c = contents.angle(ctx.angleContent());
        Ty qualified;
        if (c instanceof Content.Qualified q) {
            qualified = q.node(in);
        } else {
            Content.Items items = c.asItems(in);
            qualified = in.node(TyKind.QUALIFIED, "", items.items(), items.trailingComma() ? Ty.TRAILING_COMMA : 0);
        }
        if (ctx.COLONCOLON().isEmpty()) {
            return qualified;
        }
        return new PathBuilder(in, contents, this, qualified, false).tails(ctx);
    }

    @Override
    public Ty visitNeverType(NeverTypeContext ctx) {
        return in.leaf(TyKind.NEVER, "!");
    }

    @Override
    public Ty visitElidedType(ElidedTypeContext ctx) {
        return in.intern(TyKind.ELIDED, ctx.getText(), null, Ty.TRUNCATED);
    }

    @Override
    public Ty visitRestType(RestTypeContext ctx) {
        return in.leaf(TyKind.LEAF, "..");
    }

    @Override
    public Ty visitLiteralType(LiteralTypeContext ctx) {
        return in.leaf(TyKind.LEAF, ctx.getText());
    }

    /** A Debug region, maybe with arguments: {@code '^0.Named(DefId(..), "'a")}. */
    @Override
    public Ty visitRegionType(RegionTypeContext ctx) {
        if (ctx.callArgs() == null) {
            return in.leaf(TyKind.LEAF, ctx.REGION().getText());
        }
        Content.Items args = contents.paren(ctx.callArgs().parenContent()).asItems(in);
        return in.node(TyKind.CALL, ctx.REGION().getText(), args.items(), args.trailingComma() ? Ty.TRAILING_COMMA : 0);
    }

    // ------------------------------------------------------------------ closures

    /** {@code closure@src/x.rs:1:2: 3:4 a:T}, {@code closure@path} or {@code closure of path}, as bracket content. */
    Ty closure(ClosureSpanContext ctx, int flags) {
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
            name.append(ParseTrees.original(ctx.sourceSpan(), chars));
            for (CaptureContext cap : ctx.capture()) {
                children.add(in.node(TyKind.FIELD, ParseTrees.text(cap.IDENT()), List.of(term(cap.term())), 0));
            }
        } else {
            children.add(term(ctx.term()));
        }
        int f = flags | (ParseTrees.damaged(ctx) ? Ty.TRUNCATED : 0);
        return in.node(TyKind.CLOSURE, name.toString(), children, f);
    }
}
