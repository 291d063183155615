package dev.typeheat.measure;

import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TypeParser;
import dev.typeheat.types.TypePrinter;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups IR functions (or saved cargo-llvm-lines rows) into a {@link LinesTable} for one view. */
public final class LinesView {
    public enum Group { generic, raw, instance, crate, type }

    private final Group group;
    private final boolean deep;
    private final LinesTable table = new LinesTable();
    /** Only the instance and type views parse names (building the grammar's parser costs a fast run ~50 ms). */
    private final TypeParser parser;
    private final Measurer measurer;
    private final Map<String, Ty> parsed = new HashMap<>();

    public LinesView(Group group, boolean deep) {
        this.group = group;
        this.deep = deep;
        this.parser = hasSizes() ? new TypeParser() : null;
        this.measurer = hasSizes() ? new Measurer() : null;
    }

    public LinesTable table() {
        return table;
    }

    public boolean hasSizes() {
        return group == Group.instance || group == Group.type;
    }

    /** A function counted from IR: its name as cargo-llvm-lines keys it, whether it is v0-mangled, its lines. */
    public void addFunction(String name, boolean v0, long lines) {
        add(name, v0, lines, 1);
    }

    /** The TOTAL row of saved cargo-llvm-lines output. */
    public void declaredTotal(long lines, long copies) {
        table.declareTotal(lines, copies);
    }

    /** A row read from saved cargo-llvm-lines output. */
    public void addRow(String name, long lines, long copies) {
        add(name, name.matches(".*\\[[0-9a-f]{16}\\].*"), lines, copies);
    }

    private void add(String name, boolean v0, long lines, long copies) {
        table.addTotal(lines, copies);
        switch (group) {
            case raw:
                table.add(name, lines, copies);
                break;
            case generic:
                table.add(v0 ? GenericName.of(name) : name, lines, copies);
                break;
            case crate:
                table.add(GenericName.crateOf(name), lines, copies);
                break;
            case instance: {
                LinesTable.Row r = table.add(name, lines, copies);
                int depth = 0;
                long nodes = 0;
                for (Ty arg : arguments(name)) {
                    depth = Math.max(depth, measurer.depth(arg));
                    nodes = Math.max(nodes, measurer.nodes(arg));
                }
                table.setSize(r, depth, nodes);
                break;
            }
            default:
                blame(name, lines, copies);
        }
    }

    /** Type blame: the lines of an instantiation count for each type among its arguments. */
    private void blame(String name, long lines, long copies) {
        Set<Ty> types = new HashSet<>();
        for (Ty arg : arguments(name)) {
            if (deep) {
                ArrayDeque<Ty> stack = new ArrayDeque<>(List.of(arg));
                while (!stack.isEmpty()) {
                    Ty t = stack.pop();
                    if (isType(t) && types.add(t)) {
                        for (int i = 0; i < t.childCount(); i++) {
                            stack.push(t.child(i));
                        }
                    }
                }
            } else if (isType(arg)) {
                types.add(arg);
            }
        }
        for (Ty t : types) {
            LinesTable.Row r = table.add(TypePrinter.WITHOUT_HASHES.print(t), lines, copies);
            table.setSize(r, measurer.depth(t), measurer.nodes(t));
        }
    }

    /**
     * Types worth charging lines to: not tokens, elisions or unit-like types (a generic parameter such as
     * {@code F} or {@code T}, a primitive, {@code ()}), which carry no type arguments to cut.
     */
    private static boolean isType(Ty t) {
        if (t.kind() == TyKind.LEAF || t.kind() == TyKind.ELIDED || t.kind() == TyKind.NEVER) {
            return false;
        }
        boolean unitLike = t.childCount() == 0 && (t.kind() == TyKind.TUPLE
                || t.kind() == TyKind.PATH && !t.name().contains("::"));
        return !unitLike;
    }

    /** The instantiation arguments of a function name (parsed once per name). */
    private List<Ty> arguments(String name) {
        Ty root = parsed.computeIfAbsent(name, n -> parser.parseSymbol(n).root());
        return root == null ? List.of() : FunctionArguments.of(root);
    }
}
