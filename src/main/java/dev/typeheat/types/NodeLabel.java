package dev.typeheat.types;


/** A one-line label for a node in a tree view: its own part of the type, children shown below it. */
public final class NodeLabel {
    private NodeLabel() {
    }

    public static String of(Ty t) {
        String name = t.name();
        switch (t.kind()) {
            case PATH: {
                int args = t.genericArgs().size();
                String head = t.base() != null ? "…" + name : name;
                if (t.has(Ty.TURBOFISH)) {
                    return head + (args > 0 ? "::<…>" : "");
                }
                return head + (args > 0 ? "<…>" : t.has(Ty.EMPTY_ARGS) ? "<>" : "");
            }
            case QUALIFIED:
                return name.isEmpty() ? "<…>" : "<… " + name + " …>";
            case REF:
                return name.equals("&") ? "&" : name;
            case PTR:
                return name;
            case SLICE:
                return "[…]";
            case ARRAY:
                return "[…; …]";
            case TUPLE:
                return t.childCount() == 0 ? "()" : "(…)";
            case FN:
                return name + "(…)" + (t.has(Ty.HAS_RETURN) ? " -> …" : "");
            case DYN:
            case IMPL:
                return name + " …";
            case FOR:
                return "for<…> …";
            case CLOSURE: {
                // old rustc names a foreign closure by its path: show it, it is where the closure lives
                String where = name.endsWith("@") && t.childCount() == 1
                        ? TypePrinter.WITH_HASHES.printShortened(t.child(0), 80) : "";
                return (t.has(Ty.SQUARE) ? "[" : "{") + name + where + (t.has(Ty.SQUARE) ? "]" : "}");
            }
            case CALL:
                return name + "(…)";
            case STRUCT:
                return name + " {…}";
            case LIST:
                return t.childCount() == 0 ? "[]" : "[…]";
            case FIELD:
                return name + ":";
            case BINDING:
                return name + " =";
            case SEQ:
                return "…";
            default:
                return TypePrinter.WITH_HASHES.print(t);
        }
    }

    /** Shortens text to at most {@code width} characters by cutting the middle. */
    public static String shorten(String text, int width) {
        return TypePrinter.shorten(text, width);
    }
}
