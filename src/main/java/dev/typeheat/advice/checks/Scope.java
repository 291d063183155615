package dev.typeheat.advice.checks;

/** Which types a rule looks at. */
public enum Scope {
    /** Types that are not part of a bigger type read in the same run: structure is judged on the whole type. */
    OUTERMOST_TYPES("outermost types (not nested in a bigger type that was read)"),
    /** Every type the compiler reported a cost for (query time, IR lines), nested or not. */
    COSTED_TYPES("every type with a measured cost (query time or IR lines), nested or not"),
    /** Types rustc's own errors name: a limit it hit or a crash over them. */
    REPORTED_TYPES("types rustc's errors name (a limit it hit, a crash), nested or not");

    private final String description;

    Scope(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
