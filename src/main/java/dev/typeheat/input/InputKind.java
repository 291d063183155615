package dev.typeheat.input;

/** The kinds of input typeheat reads, as recognised by the {@link Formats} table. */
public enum InputKind {
    /** rustc's {@code *.long-type-*.txt}: one full type per line. */
    LONG_TYPES("rustc long-type file"),
    /** rustc's or cargo's human error output. */
    RUSTC_ERRORS("rustc diagnostics"),
    /** {@code --error-format=json} / cargo {@code --message-format=json} lines. */
    RUSTC_JSON("rustc JSON diagnostics"),
    /** {@code -Z print-type-sizes} output: every type's layout, closures with their spans. */
    TYPE_SIZES("rustc type sizes"),
    /** {@code -Z dump-mono-stats} JSON or Markdown. */
    MONO_STATS("mono-stats"),
    /** measureme {@code .mm_profdata}. */
    SELF_PROFILE("self-profile"),
    /** crox {@code chrome_profiler.json}. */
    CHROME_TRACE("Chrome trace"),
    /** LLVM IR {@code .ll}. */
    LLVM_IR("LLVM IR"),
    /** cargo-llvm-lines output. */
    LLVM_LINES("cargo-llvm-lines table"),
    /** nm / perf / backtrace text with symbols. */
    SYMBOLS("symbol list"),
    /** A type typed or pasted by the user (one per line). */
    TYPE_TEXT("type text"),
    /**
     * Not a file kind: where a closure or async block is in the source, from a {@code .ll} file's debug info.
     * The sample's text is the item path ({@code app::serve::routes::{closure#0}}); its file and line are the
     * source place, not where it was read.
     */
    SOURCE_LOCATION("debug-info source location");

    private final String description;

    InputKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
