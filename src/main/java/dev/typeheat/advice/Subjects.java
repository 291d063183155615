package dev.typeheat.advice;

import dev.typeheat.measure.Measurer;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The types a sample is about. Query arguments wrap their types in rustc's Debug structures
 * ({@code CanonicalQueryInput { .. TraitPredicate(<T as Trait>, ..) .. }}); those wrappers are looked
 * through, and a trait predicate contributes its self type together with the trait. Symbols are about
 * their generic arguments, not the function.
 */
public final class Subjects {
    /** Types smaller than this are not worth a finding (u8, PostAnalysis, a bare DefId path). */
    static final int MIN_NODES = 3;

    private final Measurer measurer;

    public Subjects(Measurer measurer) {
        this.measurer = measurer;
    }

    /** A type found in a sample, with the trait it was asked about (or null). */
    public record Subject(Ty type, String trait) {
    }

    /** Debug fields that describe the query's context, not the goal: their types are not what the time was spent on. */
    private static final Set<String> CONTEXT_FIELDS = Set.of("param_env", "typing_env", "typing_mode", "var_kinds",
            "max_universe", "bound_vars", "variables", "caller_bounds", "polarity", "constness");

    /** The types in a type text, Debug output or obligation. */
    public List<Subject> ofTypeText(Ty root) {
        List<Subject> out = new ArrayList<>();
        Set<Ty> seen = new HashSet<>();
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        ArrayDeque<Boolean> inDebug = new ArrayDeque<>();
        stack.push(root);
        inDebug.push(false);
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            boolean insideWrapper = inDebug.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t.kind() == TyKind.FIELD && CONTEXT_FIELDS.contains(t.name())) {
                continue;
            }
            if (t.kind() == TyKind.QUALIFIED && t.name().equals("as") && t.childCount() == 2) {
                add(out, t.child(0), TypePrinter.WITHOUT_HASHES.print(t.child(1)));
                continue;
            }
            // inside Debug output a one-element list [x] parses as a slice: look through it
            if (isWrapper(t) || (insideWrapper && t.kind() == TyKind.SLICE)) {
                for (int i = t.childCount() - 1; i >= 0; i--) {
                    stack.push(t.child(i));
                    inDebug.push(true);
                }
                continue;
            }
            add(out, t, null);
        }
        return out;
    }

    /** The generic arguments of a function symbol ({@code <Foo<T> as Tr>::m::<U>} is about Foo<T> and U). */
    public List<Subject> ofSymbol(Ty root) {
        List<Subject> out = new ArrayList<>();
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            if (t.kind() == TyKind.PATH) {
                if (t.base() != null) {
                    stack.push(t.base());
                }
                for (Ty arg : t.genericArgs()) {
                    add(out, arg, null);
                }
            } else if (t.kind() == TyKind.QUALIFIED) {
                if (t.childCount() > 0) {
                    add(out, t.child(0), t.childCount() > 1 ? TypePrinter.WITHOUT_HASHES.print(t.child(1)) : null);
                }
            } else {
                add(out, t, null);
            }
        }
        return out;
    }

    private void add(List<Subject> out, Ty t, String trait) {
        if (t.kind() == TyKind.LEAF || t.kind() == TyKind.ELIDED || measurer.nodes(t) < MIN_NODES) {
            return;
        }
        out.add(new Subject(t, trait));
    }

    /** Debug structure around types: looked through, never a subject itself. */
    private static boolean isWrapper(Ty t) {
        switch (t.kind()) {
            case STRUCT:
            case FIELD:
            case SEQ:
            case LIST:
            case CALL:
                return true;
            case TUPLE:
                for (int i = 0; i < t.childCount(); i++) {
                    if (isWrapper(t.child(i))) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
