package dev.typeheat.input.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One name a {@code use} item brings into a module: {@code use crate::store::{Config, Store as S};} in
 * {@code app} gives {@code (app, Config, crate::store::Config)} and {@code (app, S, crate::store::Store)};
 * a glob gives the alias {@code *}.
 *
 * @param scope the module (or fn) the item is in, as a def path
 * @param alias the name visible there, or {@code *} for a glob
 * @param path  the path as written, without {@code ::*}
 */
public record UseDecl(String scope, String alias, String path) {

    /** The names of one {@code use} item, from its tokens ({@code use a::{b, c::d as e, f::*};}). */
    public static List<UseDecl> parse(String scope, List<String> tokens) {
        StringBuilder b = new StringBuilder();
        boolean started = false;
        for (String tok : tokens) {
            if (!started) {
                started = tok.equals("use");
                continue;
            }
            if (!tok.equals(";")) {
                b.append(tok.equals("as") ? " as " : tok);
            }
        }
        String t = b.toString();
        List<UseDecl> out = new ArrayList<>();
        tree(scope, "", t, out);
        return out;
    }

    private static void tree(String scope, String prefix, String t, List<UseDecl> out) {
        if (t.isEmpty()) {
            return;
        }
        int brace = t.indexOf('{');
        if (brace >= 0 && t.endsWith("}")) {
            String base = prefix + t.substring(0, brace);
            for (String part : splitTop(t.substring(brace + 1, t.length() - 1))) {
                tree(scope, base, part, out);
            }
            return;
        }
        String path = prefix + t;
        if (path.endsWith("::*")) {
            out.add(new UseDecl(scope, "*", path.substring(0, path.length() - 3)));
            return;
        }
        String alias;
        int as = path.indexOf(" as ");
        if (as > 0) {
            alias = path.substring(as + 4);
            path = path.substring(0, as);
        } else {
            alias = path.substring(path.lastIndexOf(':') + 1);
        }
        if (path.endsWith("::self")) {
            path = path.substring(0, path.length() - "::self".length());
            if (alias.equals("self")) {
                alias = path.substring(path.lastIndexOf(':') + 1);
            }
        }
        if (!alias.equals("_") && !alias.isEmpty()) {
            out.add(new UseDecl(scope, alias, path));
        }
    }

    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
