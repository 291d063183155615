package dev.typeheat.input;

import java.util.function.Predicate;

/**
 * One format in the recognition table: its name as said to the user, the reader it goes to, and the test
 * on the input's head. A format without a kind is recognised only to be skipped with a reason (a script,
 * an executable, binary data): better named than misread.
 *
 * @param name  what the input was read as ("rustc diagnostics", "a Python script")
 * @param kind  the reader's kind, or null when typeheat does not read this format
 * @param hint  for a format that is not read: what to do instead (may be empty)
 * @param test  whether a head is of this format
 */
public record Format(String name, InputKind kind, String hint, Predicate<Head> test) {
    /** A format typeheat reads. */
    static Format read(String name, InputKind kind, Predicate<Head> test) {
        return new Format(name, kind, "", test);
    }

    /** A format typeheat recognises in order not to misread it. */
    static Format skipped(String name, String hint, Predicate<Head> test) {
        return new Format(name, null, hint, test);
    }

    public boolean isRead() {
        return kind != null;
    }
}
