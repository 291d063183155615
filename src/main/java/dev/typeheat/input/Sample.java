package dev.typeheat.input;

/**
 * One thing the compiler reported: a type or symbol string, what it cost and where it was read.
 *
 * @param text  the type, symbol or query argument as printed
 * @param kind  the input it came from
 * @param file  the file it was read from
 * @param line  1-based line in that file (0 when not line-based)
 * @param label what reported it: a query label ({@code evaluate_obligation}), a rustc note, a function name
 * @param cost  what it cost, as far as this input knows
 * @param limit the limit rustc hit on this type (from its errors), or null
 */
public record Sample(String text, InputKind kind, String file, long line, String label, Cost cost, LimitHit limit) {
    public Sample(String text, InputKind kind, String file, long line, String label, Cost cost) {
        this(text, kind, file, line, label, cost, null);
    }
}
