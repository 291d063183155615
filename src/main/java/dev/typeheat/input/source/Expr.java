package dev.typeheat.input.source;

import java.util.List;

/**
 * An expression of the crate's source, as far as composing types goes: calls, method calls, closures,
 * paths, blocks and macro calls are told apart; everything else (operators, `if`, `match`, tuples,
 * `?`, `.await`) is a {@link Compound} of the expressions inside it.
 */
public sealed interface Expr {
    TextRange range();

    /** The expressions directly inside this one, in source order. */
    List<Expr> children();

    /** {@code receiver.method(args)} */
    record MethodCall(TextRange range, Expr receiver, String method, List<Expr> args) implements Expr {
        @Override
        public List<Expr> children() {
            return concat(List.of(receiver), args);
        }
    }

    /** {@code callee(args)}; the callee is usually a {@link PathExpr}. */
    record Call(TextRange range, Expr callee, List<Expr> args) implements Expr {
        @Override
        public List<Expr> children() {
            return concat(List.of(callee), args);
        }

        /** The callee's path ({@code warp::any}, {@code with_ctx}), or null when it is not a path. */
        public String calleePath() {
            return callee instanceof PathExpr p ? p.path() : null;
        }
    }

    /**
     * A closure or async block. {@code header} is what rustc's span of it covers at the start ({@code move |x|},
     * {@code async move}); the closure is known by where that starts.
     */
    record Closure(TextRange range, TextRange header, boolean asyncBlock, Expr body, String defPath) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(body);
        }
    }

    /** A path: a local variable, a fn or a constant ({@code ctx}, {@code warp::any}, {@code Self::routes}). */
    record PathExpr(TextRange range, String path) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of();
        }

        public boolean isSingleName() {
            return !path.contains("::");
        }
    }

    /** {@code { stmts; tail }} */
    record Block(TextRange range, List<Stmt> stmts, Expr tail) implements Expr {
        @Override
        public List<Expr> children() {
            List<Expr> out = new java.util.ArrayList<>();
            for (Stmt s : stmts) {
                out.addAll(s.exprs());
            }
            if (tail != null) {
                out.add(tail);
            }
            return out;
        }
    }

    /** {@code path!(...)}; {@code args} are its expressions when its content reads as a list of them. */
    record MacroCall(TextRange range, String path, List<Expr> args, boolean understood) implements Expr {
        @Override
        public List<Expr> children() {
            return args;
        }
    }

    /** {@code return value} (or {@code break value}). */
    record Return(TextRange range, Expr value) implements Expr {
        @Override
        public List<Expr> children() {
            return value == null ? List.of() : List.of(value);
        }
    }

    /** {@code expr as Type} */
    record Cast(TextRange range, Expr value, String type) implements Expr {
        @Override
        public List<Expr> children() {
            return List.of(value);
        }
    }

    /** Anything else that holds expressions. */
    record Compound(TextRange range, List<Expr> parts) implements Expr {
        @Override
        public List<Expr> children() {
            return parts;
        }
    }

    /** A statement of a block. */
    sealed interface Stmt {
        List<Expr> exprs();
    }

    /**
     * {@code let pattern = init;} with the names the pattern binds; {@code simple} when the pattern is one
     * name, so the name holds exactly the value of {@code init}.
     */
    record Let(TextRange range, List<String> names, boolean simple, Expr init) implements Stmt {
        @Override
        public List<Expr> exprs() {
            return init == null ? List.of() : List.of(init);
        }

        /** A binding is itself (bindings are graph vertices; hashing their expressions would be slow). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** An expression statement. */
    record ExprStmt(Expr expr) implements Stmt {
        @Override
        public List<Expr> exprs() {
            return List.of(expr);
        }
    }

    private static List<Expr> concat(List<Expr> a, List<Expr> b) {
        List<Expr> out = new java.util.ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
