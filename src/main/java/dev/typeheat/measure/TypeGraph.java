package dev.typeheat.measure;

import dev.typeheat.types.Ty;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A type's interned DAG as a jgrapht graph (edges from child to parent), for the analyses that walk a
 * type children first without recursion: chains and the box planner.
 */
public final class TypeGraph {
    private TypeGraph() {
    }

    /** The distinct nodes of {@code root}'s DAG, every child before its parents. */
    public static List<Ty> childrenFirst(Ty root) {
        Graph<Ty, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        ArrayDeque<Ty> stack = new ArrayDeque<>();
        g.addVertex(root);
        stack.push(root);
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            for (int i = 0; i < t.childCount(); i++) {
                Ty c = t.child(i);
                if (g.addVertex(c)) {
                    stack.push(c);
                }
                if (c != t && !g.containsEdge(c, t)) {
                    g.addEdge(c, t);
                }
            }
        }
        List<Ty> order = new ArrayList<>(g.vertexSet().size());
        new TopologicalOrderIterator<>(g).forEachRemaining(order::add);
        return order;
    }
}
