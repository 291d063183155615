package dev.typeheat.advice.plan;

import java.util.List;

/**
 * Where a planned box goes. With the crate's source: the expression that builds the boxed piece, from its
 * start to its end (where {@code .boxed()} goes), its first line of text and its fn. Without it: the
 * closures the piece is composed of, which is as close as the types alone can say.
 *
 * @param file      file relative to the crate root, or null without source
 * @param closures  {@code src/main.rs:12:14} for each closure composed into the piece, in source order
 */
public record Placement(String file, int line, int column, int endLine, int endColumn, String code, String fn,
                        List<String> closures) {

    public boolean located() {
        return file != null;
    }

    /** {@code src/main.rs:40:17} */
    public String start() {
        return file + ":" + line + ":" + column;
    }

    /** {@code src/main.rs:40:17-44:30}, or the closures it composes. */
    @Override
    public String toString() {
        if (located()) {
            return start() + "-" + endLine + ":" + endColumn;
        }
        return "the composition of " + closureList(closures);
    }

    /** {@code src/a.rs:1:2, 3:4 and src/b.rs:5:6}: repeated file names left out. */
    public static String closureList(List<String> closures) {
        StringBuilder b = new StringBuilder();
        String file = null;
        for (int i = 0; i < closures.size(); i++) {
            String c = closures.get(i);
            int colon = c.lastIndexOf(':', c.lastIndexOf(':') - 1);
            String f = colon > 0 ? c.substring(0, colon) : c;
            if (i > 0) {
                b.append(i == closures.size() - 1 ? " and " : ", ");
            }
            b.append(f.equals(file) ? c.substring(colon + 1) : c);
            file = f;
        }
        return (closures.size() == 1 ? "the closure at " : "the closures at ") + b;
    }
}
