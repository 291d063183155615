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
        return colors() ? control("[" + code + "m") + text + control("[0m") : text;
    }

    /** Random letters drawn once per run: input text cannot know them. */
    private static final String KEY = randomLetters(16);

    /**
     * From the kernel's random source where there is one: setting up {@code SecureRandom} (its providers)
     * cost 20-90 ms of every run's start, more than rustfilt's whole run on a small input.
     */
    private static String randomLetters(int n) {
        byte[] bytes = new byte[n];
        try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(bytes, 0, n) < n) {
                throw new java.io.IOException("short read");
            }
        } catch (java.io.IOException | SecurityException e) {
            new java.security.SecureRandom().nextBytes(bytes);
        }
        StringBuilder sb = new StringBuilder(n);
        for (byte b : bytes) {
            sb.append((char) ('a' + (b & 0xff) % 26)); // 256 % 26 leaves a slight bias: 75 bits of key all the same
        }
        return sb.toString();
    }

    /** The key typeheat's own control sequences carry after their ESC (see {@link #control}). */
    public static String key() {
        return KEY;
    }

    /**
     * A control sequence of typeheat's own ({@code "[1m"}, {@code "\r"}): written as ESC, this run's key, then
     * the sequence. The terminal-safe output passes it (without the key) and makes every other ESC or control
     * character in the output visible, so input text cannot drive the terminal.
     */
    public static String control(String sequence) {
        return "\u001b" + KEY + sequence;
    }
}
