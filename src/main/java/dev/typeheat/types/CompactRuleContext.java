package dev.typeheat.types;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayList;

/**
 * The base of the type grammar's parse-tree nodes ({@code contextSuperClass} in {@code RustType.g4}). ANTLR
 * gives every node a child list of room 10 on its first child; the nodes of this grammar hold one to three
 * children, and a deep type makes millions of them, so the list starts with room for two (more grow as
 * usual). The trees are the same; half of the parser's garbage is gone.
 */
public class CompactRuleContext extends ParserRuleContext {
    public CompactRuleContext() {
    }

    public CompactRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }
}
