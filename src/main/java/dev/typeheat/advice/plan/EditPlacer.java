package dev.typeheat.advice.plan;

import dev.typeheat.advice.Family;
import dev.typeheat.input.source.Expr;
import dev.typeheat.input.source.SourceFile;
import dev.typeheat.input.source.SourceFn;
import dev.typeheat.input.source.TextRange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a box into the source so that the result compiles: the family's remedy around the expression
 * that builds the piece, and where that expression is a fn's value whose declared return type would no
 * longer match (warp's {@code .boxed()} makes the error {@code Rejection}; a fn declaring
 * {@code Error = Infallible} would not compile), the box moves to the fn's one call, or the declared error
 * changes with it.
 */
final class EditPlacer {
    private static final Pattern DECLARED_ERROR = Pattern.compile("\\bError\\s*=\\s*([A-Za-z_][\\w:]*(?:<[^<>]*>)?)");

    /** Where and how one composition is boxed. */
    record Placed(Expr at, Placement where, List<SourceEdit> edits, String note) {
    }

    private final SourceFlow flow;

    EditPlacer(SourceFlow flow) {
        this.flow = flow;
    }

    Placed place(Composition c) {
        Family family = c.family();
        Expr at = c.expr();
        List<SourceEdit> edits = new ArrayList<>();
        String note = "";
        SourceFlow.Site site = c.site();
        SourceFn fn = site == null ? null : site.fn();
        if (site != null && site.fnValue() && fn != null && !family.errorBecomes().isEmpty()) {
            String declared = declaredError(fn);
            if (declared != null && !sameType(declared, family.errorBecomes())) {
                if (c.calls().size() == 1) {
                    at = c.calls().get(0);
                    note = "boxed where " + fn.name() + "() is called: " + fn.name() + " declares Error = " + declared
                            + ", and the boxed filter's error is " + family.errorBecomes();
                } else {
                    Matcher m = DECLARED_ERROR.matcher(fn.returnType());
                    if (m.find()) {
                        TextRange ret = fn.returnTypeRange();
                        int start = ret.start() + codePoints(fn.returnType(), m.start(1));
                        int end = ret.start() + codePoints(fn.returnType(), m.end(1));
                        edits.add(new SourceEdit(ret.file(), start, end, family.errorBecomes()));
                        note = "changes " + fn.name() + "'s declared Error = " + declared + " to " + family.errorBecomes()
                                + " (the boxed filter's error)";
                    }
                }
            }
        }
        edits.addAll(boxEdits(at, remedyFamily(family)));
        TextRange r = at.range();
        SourceFlow.Site atSite = flow.site(at);
        String fnName = atSite != null && atSite.fn() != null ? atSite.fn().defPath() : fn != null ? fn.defPath() : null;
        Placement where = new Placement(r.file().path(), r.line(), r.column(), r.endLine(), r.endColumn(), code(at),
                fnName, List.of());
        return new Placed(at, where, edits, note);
    }

    /**
     * futures 0.1 has no {@code FutureExt::boxed}: a crate that asks for it boxes as a trait object,
     * {@code Box::new(f) as Box<dyn Future<Item = _, Error = _> + Send>}.
     */
    private Family remedyFamily(Family f) {
        if (f.id().equals("futures") && flow.source().dependsOnVersion("futures", "0.1")) {
            return new Family(f.id(), f.name(), f.paths(), f.prefixes(), f.shortNames(), f.split(), f.closures(),
                    "Box<dyn Future<Item = _, Error = _> + Send>", "Box::new(future) as Box<dyn Future<..> + Send>",
                    "Box<dyn Future<Item = T, Error = E> + Send>", f.note(), "Box::new(",
                    ") as Box<dyn Future<Item = _, Error = _> + Send>", "Send", "");
        }
        return f;
    }

    /** The first line of the statement that holds the expression: {@code let pages = index} says more than {@code index}. */
    private String code(Expr e) {
        SourceFlow.Site s = flow.site(e);
        if (s != null && s.binding() != null && s.binding().init() == e) {
            return s.binding().range().firstLine();
        }
        return e.range().firstLine();
    }

    /** The remedy's text around {@code e}; parentheses when a wrapped receiver is called on ({@code (Box::new(x) as ..).f()}). */
    static List<SourceEdit> boxEdits(Expr e, Family family) {
        if (!family.editable()) {
            return List.of();
        }
        TextRange r = e.range();
        SourceFile file = r.file();
        List<SourceEdit> out = new ArrayList<>();
        boolean wraps = !family.boxPrefix().isEmpty();
        if (wraps) {
            out.add(SourceEdit.insert(file, r.start(), "(" + family.boxPrefix()));
            out.add(SourceEdit.insert(file, r.end(), family.boxSuffix() + ")"));
            return out;
        }
        out.add(SourceEdit.insert(file, r.end(), chainStyle(r) + family.boxSuffix()));
        return out;
    }

    /**
     * A method chain written one call per line gets the box on a line of its own, indented like the
     * chain's last call; otherwise it is appended.
     */
    private static String chainStyle(TextRange r) {
        if (r.line() == r.endLine()) {
            return "";
        }
        String last = r.file().lineText(r.end() - 1);
        String trimmed = last.stripLeading();
        if (!trimmed.startsWith(".")) {
            return "";
        }
        return "\n" + last.substring(0, last.length() - trimmed.length());
    }

    private static String declaredError(SourceFn fn) {
        if (fn.returnType() == null) {
            return null;
        }
        Matcher m = DECLARED_ERROR.matcher(fn.returnType());
        return m.find() ? m.group(1) : null;
    }

    /** {@code Rejection} and {@code warp::Rejection} are one type for this purpose. */
    private static boolean sameType(String a, String b) {
        String la = a.substring(a.lastIndexOf(':') + 1).strip();
        String lb = b.substring(b.lastIndexOf(':') + 1).strip();
        return la.equals(lb);
    }

    private static int codePoints(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }
}
