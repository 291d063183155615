package dev.typeheat.advice.plan;

import dev.typeheat.types.Ty;
import dev.typeheat.types.TyWalk;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Every distinct type node of a run, children before parents (interned ids grow from children to
 * parents), with each node's parents: the graph the planner cuts and the gain of a cut is counted on.
 * Positions, children and parents are int arrays (the planner asks for them per node and per edge, and a
 * type may have a million nodes); a node's position is found from its id.
 */
public final class TypeUniverse {
    private final Ty[] nodes;
    /** Position of each node by its id, -1 for ids not in this universe. */
    private final int[] positionOfId;
    /** Children of node i: childList[childStart[i] .. childStart[i + 1]). */
    private final int[] childStart;
    private final int[] childList;
    /** Parents of node i, each once, ascending: parentList[parentStart[i] .. parentStart[i + 1]). */
    private final int[] parentStart;
    private final int[] parentList;

    /** @param roots types of one interner (one analysis) */
    public TypeUniverse(Collection<Ty> roots) {
        nodes = TyWalk.childrenFirstArray(roots);
        int n = nodes.length;
        positionOfId = new int[n == 0 ? 0 : nodes[n - 1].id() + 1];
        Arrays.fill(positionOfId, -1);
        for (int i = 0; i < n; i++) {
            positionOfId[nodes[i].id()] = i;
        }
        childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            childStart[i + 1] = childStart[i] + nodes[i].childCount();
        }
        childList = new int[childStart[n]];
        // a parent counts once however often it holds the child: parents come in ascending order, so
        // the last parent seen per child tells
        int[] parentCount = new int[n];
        int[] lastParent = new int[n];
        Arrays.fill(lastParent, -1);
        for (int i = 0; i < n; i++) {
            Ty t = nodes[i];
            for (int c = 0; c < t.childCount(); c++) {
                int child = positionOfId[t.child(c).id()];
                childList[childStart[i] + c] = child;
                if (lastParent[child] != i) {
                    lastParent[child] = i;
                    parentCount[child]++;
                }
            }
        }
        parentStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            parentStart[i + 1] = parentStart[i] + parentCount[i];
        }
        parentList = new int[parentStart[n]];
        Arrays.fill(lastParent, -1);
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            for (int c = childStart[i]; c < childStart[i + 1]; c++) {
                int child = childList[c];
                if (lastParent[child] != i) {
                    lastParent[child] = i;
                    parentList[parentStart[child] + filled[child]++] = i;
                }
            }
        }
    }

    /** Nodes, children before parents. */
    public List<Ty> nodes() {
        return Collections.unmodifiableList(Arrays.asList(nodes));
    }

    public int size() {
        return nodes.length;
    }

    /** The position of a node in {@link #nodes()}. */
    public int index(Ty t) {
        int id = t.id();
        int i = id >= 0 && id < positionOfId.length ? positionOfId[id] : -1;
        if (i < 0 || nodes[i] != t) {
            throw new IllegalArgumentException("not in this universe: " + t);
        }
        return i;
    }

    public Ty node(int i) {
        return nodes[i];
    }

    /** How many nodes have node {@code i} as a child. */
    public int parentCount(int i) {
        return parentStart[i + 1] - parentStart[i];
    }

    /** The position of parent {@code k} of node {@code i} (parents ascending, each once). */
    public int parent(int i, int k) {
        return parentList[parentStart[i] + k];
    }

    /** The position of child {@code c} of node {@code i}. */
    public int child(int i, int c) {
        return childList[childStart[i] + c];
    }
}
