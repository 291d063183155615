package dev.typeheat.input;

/**
 * What the terminal allows: colours only when output goes to a terminal and {@code NO_COLOR} is not set;
 * progress only when someone watches (a console is attached); the width from {@code COLUMNS}.
 */
public final class Terminal {
    private Terminal() {
    }

    /** A person is looking at this process's output (not piped, not CI). */
    public static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    public static boolean colors() {
        String noColor = System.getenv("NO_COLOR");
        return interactive() && (noColor == null || noColor.isEmpty());
    }

    /** The terminal width from {@code COLUMNS}, or {@code fallback}. */
    public static int width(int fallback) {
        try {
            String c = System.getenv("COLUMNS");
            return c == null ? fallback : Math.max(40, Integer.parseInt(c.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Wraps text in an ANSI style when colours are on ({@code "1"} bold, {@code "31"} red, {@code "36"} cyan). */
    public static String style(String text, String code) {
        return colors() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
