package dev.typeheat.input.source;

import dev.typeheat.input.source.grammar.RustSourceLexer;
import dev.typeheat.input.source.grammar.RustSourceParser;
import dev.typeheat.input.source.grammar.RustSourceParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns the parse trees of one file into typeheat's own source model ({@link SourceFn}s holding
 * {@link Expr} trees); ANTLR's classes stop here.
 *
 * <p>It also names every closure and async block the way rustc's def paths do: per enclosing fn or
 * closure, in source order, {@code app::routes::api::{closure#0}}, {@code ...::{closure#0}::{closure#1}}.
 */
final class SourceTreeBuilder {
    private final SourceFile file;
    private final List<SourceFn> fns;
    private final List<UseDecl> uses;
    private final Cfg cfg;
    /** The def paths closures are numbered under, innermost last. */
    private final Deque<Owner> owners = new ArrayDeque<>();

    private static final class Owner {
        final String path;
        int closures;

        Owner(String path) {
            this.path = path;
        }

        String nextClosure() {
            return path + "::{closure#" + closures++ + "}";
        }
    }

    /** A module (or fn body) items are declared in: its path, and how many impls it has had so far. */
    static final class Scope {
        final String path;
        int impls;

        Scope(String path) {
            this.path = path;
        }
    }

    SourceTreeBuilder(SourceFile file, List<SourceFn> fns, List<UseDecl> uses, Cfg cfg) {
        this.file = file;
        this.fns = fns;
        this.uses = uses;
        this.cfg = cfg;
    }

    /** False for an item or statement behind a {@code #[cfg(..)]} the build had off. */
    private boolean enabled(List<OuterAttrContext> attrs) {
        if (attrs.isEmpty()) {
            return true;
        }
        List<String> texts = new ArrayList<>();
        for (OuterAttrContext a : attrs) {
            texts.add(a.getText());
        }
        return cfg.enabled(texts);
    }

    // ------------------------------------------------------------------------------------ items

    void item(ItemContext item, Scope scope) {
        if (!enabled(item.outerAttr())) {
            return;
        }
        ItemKindContext kind = item.itemKind();
        if (kind instanceof FnItemKindContext f) {
            fn(f.fnItem(), scope, false);
        } else if (kind instanceof ModItemContext m) {
            Scope inner = new Scope(scope.path + "::" + m.ident().getText());
            for (ItemContext i : m.item()) {
                item(i, inner);
            }
        } else if (kind instanceof ImplItemContext impl) {
            implItems(impl.item(), implScope(scope));
        } else if (kind instanceof OtherItemContext other && other.start.getType() == RustSourceLexer.USE) {
            uses.addAll(UseDecl.parse(scope.path, texts(other)));
        } else if (kind instanceof TraitItemContext t) {
            Scope inner = new Scope(scope.path + "::" + t.ident().getText());
            for (ItemContext i : t.item()) {
                methodOrItem(i, inner);
            }
        }
    }

    /** An impl's scope: {@code module::{impl#N}}, N counting the module's impls in source order. */
    Scope implScope(Scope scope) {
        return new Scope(scope.path + "::{impl#" + scope.impls++ + "}");
    }

    private void implItems(List<ItemContext> items, Scope implScope) {
        for (ItemContext i : items) {
            methodOrItem(i, implScope);
        }
    }

    private void methodOrItem(ItemContext i, Scope scope) {
        if (!enabled(i.outerAttr())) {
            return;
        }
        if (i.itemKind() instanceof FnItemKindContext f) {
            fn(f.fnItem(), scope, true);
        } else {
            item(i, scope);
        }
    }

    private void fn(FnItemContext f, Scope scope, boolean inImpl) {
        String name = f.ident().getText();
        String defPath = scope.path + "::" + name;
        ReturnTypeContext ret = f.returnType();
        TextRange retRange = ret == null ? null : range(ret);
        Expr.Block body = null;
        if (f.block() != null) {
            owners.push(new Owner(defPath));
            boolean async = f.fnQualifier().stream().anyMatch(q -> q.ASYNC() != null);
            if (async) {
                owners.push(new Owner(owners.peek().nextClosure())); // the async fn's body is a coroutine
            }
            body = block(f.block(), new Scope(defPath));
            if (async) {
                owners.pop();
            }
            owners.pop();
        }
        fns.add(new SourceFn(name, defPath, range(f), retRange == null ? null : retRange.text(), retRange, body, inImpl));
    }

    // ------------------------------------------------------------------------------------ statements

    private Expr.Block block(BlockContext b, Scope scope) {
        List<Expr.Stmt> stmts = new ArrayList<>();
        Expr tail = null;
        // statements are right-recursive in the grammar: walk them as a list
        for (StmtsContext st = b.stmts(); st != null; ) {
            StmtsContext next;
            if (st instanceof LetStmtContext let && !enabled(let.outerAttr())) {
                next = let.stmts();
            } else if (st instanceof ExprStmtContext e && !enabled(e.outerAttr())) {
                next = e.stmts();
            } else if (st instanceof BlockLikeStmtContext bl && !enabled(bl.outerAttr())) {
                next = bl.stmts();
            } else if (st instanceof ItemStmtContext i && !enabled(i.outerAttr())) {
                next = i.stmts();
            } else if (st instanceof LetStmtContext let) {
                Expr init = let.expr() == null ? null : expr(let.expr());
                stmts.add(new Expr.Let(range(let), names(let.pattern()), isSimple(let.pattern()), init));
                if (let.block() != null) {
                    stmts.add(new Expr.ExprStmt(block(let.block(), scope)));
                }
                next = let.stmts();
            } else if (st instanceof ExprStmtContext e) {
                Expr x = expr(e.stmtExpr());
                next = e.stmts();
                if (e.SEMI() == null) {
                    tail = x;
                } else {
                    stmts.add(new Expr.ExprStmt(x));
                }
            } else if (st instanceof BlockLikeStmtContext bl) {
                Expr x = blockLike(bl.blockLike());
                if (!bl.dotPostfix().isEmpty()) {
                    x = new Expr.Compound(new TextRange(file, bl.blockLike().start.getStartIndex(),
                            bl.dotPostfix(bl.dotPostfix().size() - 1).stop.getStopIndex() + 1), List.of(x));
                }
                next = bl.stmts();
                // `match x { .. }` closing a body is its value
                if (next == null && bl.SEMI() == null) {
                    tail = x;
                } else {
                    stmts.add(new Expr.ExprStmt(x));
                }
            } else if (st instanceof ItemStmtContext i) {
                nestedItem(i.itemStart(), scope);
                next = i.stmts();
            } else {
                next = ((EmptyStmtContext) st).stmts();
            }
            st = next;
        }
        return new Expr.Block(range(b), stmts, tail);
    }

    private Expr blockLike(BlockLikeContext c) {
        if (c.block() != null && c.getChildCount() <= 2) {
            return block(c.block(), currentScope());
        }
        return new Expr.Compound(range(c), childExprs(c));
    }

    /** Items inside a body belong to the enclosing def: {@code app::main::helper}. */
    private void nestedItem(ItemStartContext i, Scope bodyScope) {
        Scope scope = new Scope(owners.isEmpty() ? bodyScope.path : owners.peek().path);
        if (i.fnItem() != null) {
            fn(i.fnItem(), scope, false);
        } else if (i.MOD() != null) {
            Scope inner = new Scope(scope.path + "::" + i.ident().getText());
            for (ItemContext it : i.item()) {
                item(it, inner);
            }
        } else if (i.IMPL() != null) {
            implItems(i.item(), implScope(bodyScope));
        } else if (i.USE() != null) {
            uses.addAll(UseDecl.parse(scope.path, texts(i)));
        }
    }

    private static List<String> texts(ParserRuleContext c) {
        List<String> out = new ArrayList<>();
        for (Token t : terminals(c)) {
            out.add(t.getText());
        }
        return out;
    }

    /** Names a pattern binds: lower-case identifiers that are not paths, calls or struct names. */
    private static List<String> names(PatternContext p) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = terminals(p);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() != RustSourceLexer.IDENT || !Character.isLowerCase(t.getText().codePointAt(0)) && t.getText().charAt(0) != '_') {
                continue;
            }
            int next = k + 1 < tokens.size() ? tokens.get(k + 1).getType() : -1;
            int prev = k > 0 ? tokens.get(k - 1).getType() : -1;
            if (next == RustSourceLexer.COLONCOLON || next == RustSourceLexer.LP || next == RustSourceLexer.LC
                    || prev == RustSourceLexer.COLONCOLON || next == RustSourceLexer.COLON) {
                continue;
            }
            out.add(t.getText().startsWith("r#") ? t.getText().substring(2) : t.getText());
        }
        return out;
    }

    /** {@code x}, {@code mut x}, {@code ref x}: the name holds the whole value. */
    private static boolean isSimple(PatternContext p) {
        List<Token> tokens = terminals(p);
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).getType() == RustSourceLexer.MUT || tokens.get(k).getText().equals("ref"))) {
            k++;
        }
        return k == tokens.size() - 1 && tokens.get(k).getType() == RustSourceLexer.IDENT;
    }

    // ------------------------------------------------------------------------------------ expressions

    Expr expr(ExprContext c) {
        List<Expr> operands = new ArrayList<>();
        for (OperandContext o : c.operand()) {
            operands.add(operand(o.primary(), o.callArgs(), o.postfix(), o.start.getStartIndex()));
        }
        if (c.letExpr() != null) {
            operands.add(new Expr.Compound(range(c.letExpr()), List.of(expr(c.letExpr().expr()))));
        }
        return flat(c, operands, c.greedy(), c.prefixOp().isEmpty() && c.binaryOp().isEmpty() && c.trailingRange() == null);
    }

    /** A statement's expression: the same as {@link #expr}, its first operand never block-like. */
    Expr expr(StmtExprContext c) {
        List<Expr> operands = new ArrayList<>();
        if (c.plainOperand() != null) {
            PlainOperandContext first = c.plainOperand();
            operands.add(postfixes(plainPrimary(first.plainPrimary()), first.callArgs(), first.postfix(), first.start.getStartIndex()));
        }
        for (OperandContext o : c.operand()) {
            operands.add(operand(o.primary(), o.callArgs(), o.postfix(), o.start.getStartIndex()));
        }
        return flat(c, operands, c.greedy(), c.prefixOp().isEmpty() && c.binaryOp().isEmpty() && c.trailingRange() == null);
    }

    /** One operand alone is itself; anything with operators is a compound of its operands. */
    private Expr flat(ParserRuleContext c, List<Expr> operands, GreedyContext greedy, boolean bare) {
        if (bare && operands.size() == 1 && greedy == null) {
            return operands.get(0);
        }
        if (bare && operands.isEmpty() && greedy != null) {
            return greedy(greedy);
        }
        List<Expr> parts = new ArrayList<>(operands);
        if (greedy != null) {
            parts.add(greedy(greedy));
        }
        return new Expr.Compound(range(c), parts);
    }

    private Expr greedy(GreedyContext g) {
        if (g instanceof ClosureGreedyContext c) {
            return closure(c.closure());
        }
        TextRange r = range(g);
        ExprContext inner = g instanceof ReturnGreedyContext ret ? ret.expr()
                : g instanceof BreakGreedyContext brk ? brk.expr() : ((RangeGreedyContext) g).expr();
        Expr value = inner == null ? null : expr(inner);
        if (g instanceof ReturnGreedyContext ret && ret.RETURN() != null) {
            return new Expr.Return(r, value);
        }
        return new Expr.Compound(r, value == null ? List.of() : List.of(value));
    }

    private Expr operand(PrimaryContext primary, List<CallArgsContext> calls, List<PostfixContext> postfixes, int start) {
        Expr e = primary.blockLike() != null ? blockLike(primary.blockLike()) : plainPrimary(primary.plainPrimary());
        return postfixes(e, calls, postfixes, start);
    }

    private Expr postfixes(Expr e, List<CallArgsContext> calls, List<PostfixContext> postfixes, int start) {
        for (CallArgsContext call : calls) {
            e = new Expr.Call(new TextRange(file, start, call.stop.getStopIndex() + 1), e, args(call.args()));
        }
        for (PostfixContext p : postfixes) {
            TextRange r = new TextRange(file, start, p.stop.getStopIndex() + 1);
            if (p instanceof MethodCallContext m) {
                e = new Expr.MethodCall(r, e, m.ident().getText(), args(m.args()));
            } else if (p instanceof CastPostfixContext cast) {
                e = new Expr.Cast(r, e, range(cast.typeAtom()).text());
            } else if (p instanceof IndexPostfixContext index) {
                e = new Expr.Compound(r, List.of(e, expr(index.expr())));
            } else {
                e = new Expr.Compound(r, List.of(e));
            }
        }
        return e;
    }

    private List<Expr> args(ArgsContext a) {
        List<Expr> out = new ArrayList<>();
        for (ExprContext e : a.expr()) {
            out.add(expr(e));
        }
        return out;
    }

    private Expr plainPrimary(PlainPrimaryContext p) {
        TextRange r = range(p);
        if (p instanceof AsyncBlockContext a) {
            Token last = a.MOVE() != null ? a.MOVE().getSymbol() : a.ASYNC().getSymbol();
            TextRange header = new TextRange(file, a.start.getStartIndex(), last.getStopIndex() + 1);
            String defPath = nextClosure();
            owners.push(new Owner(defPath));
            Expr body = block(a.block(), new Scope(defPath));
            owners.pop();
            return new Expr.Closure(r, header, true, body, defPath);
        }
        if (p instanceof PathPrimaryContext path) {
            Expr.PathExpr pe = new Expr.PathExpr(range(path.pathExpr()), path.pathExpr().getText());
            if (path.structBody() == null) {
                return pe;
            }
            List<Expr> parts = new ArrayList<>();
            parts.add(pe);
            for (StructFieldContext f : path.structBody().structField()) {
                if (f.expr() != null) {
                    parts.add(expr(f.expr()));
                } else {
                    parts.add(new Expr.PathExpr(range(f.ident() != null ? f.ident() : f), f.getText()));
                }
            }
            if (path.structBody().expr() != null) {
                parts.add(expr(path.structBody().expr()));
            }
            return new Expr.Compound(r, parts);
        }
        if (p instanceof MacroCallContext m) {
            return macro(m, r);
        }
        return new Expr.Compound(r, childExprs(p));
    }

    private Expr closure(ClosureContext c) {
        Token close = c.OROR() != null ? c.OROR().getSymbol() : c.PIPE(1).getSymbol();
        TextRange header = new TextRange(file, c.start.getStartIndex(), close.getStopIndex() + 1);
        String defPath = nextClosure();
        owners.push(new Owner(defPath));
        if (c.ASYNC() != null) {
            owners.push(new Owner(owners.peek().nextClosure())); // an async closure's body is a coroutine inside it
        }
        Expr body = c.block() != null ? block(c.block(), new Scope(defPath)) : expr(c.expr());
        if (c.ASYNC() != null) {
            owners.pop();
        }
        owners.pop();
        return new Expr.Closure(range(c), header, false, body, defPath);
    }

    private Expr macro(MacroCallContext m, TextRange r) {
        String path = m.macroPath().getText();
        ParserRuleContext group = m.parenGroup() != null ? m.parenGroup() : m.bracketGroup() != null ? m.bracketGroup() : m.braceGroup();
        List<Token> inner = terminals(group);
        inner = inner.subList(1, inner.size() - 1);
        if (inner.isEmpty()) {
            return new Expr.MacroCall(r, path, List.of(), true);
        }
        ParserRuleContext parsed = RustFileParser.parse(inner, RustSourceParser::macroExprs);
        if (!(parsed instanceof MacroExprsContext exprs)) {
            return new Expr.MacroCall(r, path, List.of(), false);
        }
        List<Expr> args = new ArrayList<>();
        for (ExprContext e : exprs.expr()) {
            args.add(expr(e));
        }
        return new Expr.MacroCall(r, path, args, true);
    }

    /** The expressions anywhere below a construct typeheat reads as a compound ({@code if}, {@code match}, tuples, loops). */
    private List<Expr> childExprs(ParserRuleContext p) {
        List<Expr> out = new ArrayList<>();
        collect(p, out);
        return out;
    }

    private void collect(ParseTree t, List<Expr> out) {
        for (int i = 0; i < t.getChildCount(); i++) {
            ParseTree c = t.getChild(i);
            if (c instanceof ExprContext e) {
                out.add(expr(e));
            } else if (c instanceof StmtExprContext e) {
                out.add(expr(e));
            } else if (c instanceof BlockContext b) {
                out.add(block(b, currentScope()));
            } else if (c instanceof ClosureContext cl) {
                out.add(closure(cl));
            } else if (c instanceof ParserRuleContext) {
                collect(c, out);
            }
        }
    }

    private String nextClosure() {
        return owners.isEmpty() ? "{closure}" : owners.peek().nextClosure();
    }

    private Scope currentScope() {
        return new Scope(owners.isEmpty() ? "" : owners.peek().path);
    }

    private TextRange range(ParserRuleContext c) {
        int stop = c.stop == null || c.stop.getType() == Token.EOF ? c.start.getStartIndex() - 1 : c.stop.getStopIndex();
        return new TextRange(file, c.start.getStartIndex(), Math.max(c.start.getStartIndex(), stop + 1));
    }

    static List<Token> terminals(ParseTree t) {
        List<Token> out = new ArrayList<>();
        Deque<ParseTree> stack = new ArrayDeque<>();
        stack.push(t);
        while (!stack.isEmpty()) {
            ParseTree n = stack.pop();
            if (n instanceof TerminalNode term) {
                if (term.getSymbol().getType() != Token.EOF) {
                    out.add(term.getSymbol());
                }
                continue;
            }
            for (int i = n.getChildCount() - 1; i >= 0; i--) {
                stack.push(n.getChild(i));
            }
        }
        return out;
    }
}
