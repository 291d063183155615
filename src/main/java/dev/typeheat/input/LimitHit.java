package dev.typeheat.input;

/**
 * rustc gave up on a type: it overflowed its recursion limit proving a requirement (E0275), reached the
 * type-length or recursion limit instantiating a function, or crashed (an ICE, a stack overflow) in the
 * middle of a query over it.
 *
 * @param limit       which limit
 * @param subject     what rustc was doing: the requirement ({@code Map<..>: Iterator}) or the instance
 * @param chainDepth  how many nested requirements or queries rustc printed, redundant ones it hid included
 * @param value       the number rustc printed with it: the recursion_limit or type_length_limit it suggests
 *                    (0 when none)
 * @param location    the first {@code -->} span of the error ({@code src/main.rs:12:5}), or null
 */
public record LimitHit(Limit limit, String subject, int chainDepth, long value, String location) {
    /** The limits rustc reports. */
    public enum Limit {
        /** E0275 overflow evaluating the requirement. */
        RECURSION("recursion limit"),
        /** reached the type-length limit while instantiating. */
        TYPE_LENGTH("type-length limit"),
        /** reached the recursion limit while instantiating (polymorphic recursion in codegen). */
        INSTANTIATION("recursion limit while instantiating"),
        /** an internal compiler error or stack overflow in a query. */
        CRASH("compiler crash");

        private final String description;

        Limit(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
