package dev.typeheat.advice;

import dev.typeheat.measure.Measurer;
import dev.typeheat.types.NodeMap;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TyWalk;
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
    /** Tuples by whether they are Debug structure (nodes of one interner: identity is equality). */
    private final NodeMap<Boolean> wrapperTuples = new NodeMap<>();

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
        ArrayDeque<Visit> stack = new ArrayDeque<>();
        stack.push(new Visit(root, false, null));
        while (!stack.isEmpty()) {
            Visit v = stack.pop();
            Ty t = v.node;
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
            if (isWrapper(t) || (v.insideWrapper && t.kind() == TyKind.SLICE)) {
                String trait = projectionTrait(t);
                for (int i = t.childCount() - 1; i >= 0; i--) {
                    stack.push(new Visit(t.child(i), true, trait != null ? trait : v.trait));
                }
                continue;
            }
            add(out, t, v.trait);
        }
        return out;
    }

    private record Visit(Ty node, boolean insideWrapper, String trait) {
    }

    /**
     * For a projection ({@code AliasTerm { args: [..], def_id: DefId(2:2671 ~ core::future::future::Future::Output) }}),
     * the trait whose associated item is being normalized ({@code core::future::future::Future}); else null.
     */
    private static String projectionTrait(Ty t) {
        if (!(t.kind() == TyKind.STRUCT && (t.name().equals("AliasTerm") || t.name().equals("AliasTy")))) {
            return null;
        }
        for (int i = 0; i < t.childCount(); i++) {
            Ty field = t.child(i);
            if (field.kind() == TyKind.FIELD && field.name().equals("def_id") && field.childCount() == 1) {
                Ty defId = field.child(0);
                if (defId.kind() == TyKind.CALL && defId.childCount() == 1 && defId.child(0).kind() == TyKind.SEQ) {
                    Ty seq = defId.child(0);
                    Ty path = seq.child(seq.childCount() - 1);
                    String name = TypePrinter.stripHashes(path.name());
                    int cut = name.lastIndexOf("::");
                    return cut > 0 ? name.substring(0, cut) : name;
                }
            }
        }
        return null;
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
    private boolean isWrapper(Ty t) {
        return t.kind() == TyKind.TUPLE ? tupleOfWrappers(t) : isDebugStructure(t);
    }

    private static boolean isDebugStructure(Ty t) {
        switch (t.kind()) {
            case STRUCT:
            case FIELD:
            case SEQ:
            case LIST:
            case CALL:
                return true;
            default:
                return false;
        }
    }

    /**
     * A tuple is Debug structure when an element is, through nested tuples. Remembered per tuple and
     * found children first ({@link TyWalk} through the tuples not known yet), since tuples nest a million
     * deep and every level is asked.
     */
    private boolean tupleOfWrappers(Ty tuple) {
        for (Ty t : TyWalk.childrenFirst(tuple, c -> c.kind() != TyKind.TUPLE || wrapperTuples.containsKey(c))) {
            boolean wrapper = false;
            for (int i = 0; i < t.childCount() && !wrapper; i++) {
                Ty c = t.child(i);
                wrapper = c.kind() == TyKind.TUPLE ? wrapperTuples.get(c) : isDebugStructure(c);
            }
            wrapperTuples.put(t, wrapper);
        }
        return wrapperTuples.get(tuple);
    }
}
