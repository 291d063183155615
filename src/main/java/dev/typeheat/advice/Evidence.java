package dev.typeheat.advice;

import dev.typeheat.input.InputKind;

/** Where a type was seen: which input, file and line, and what reported it. */
public record Evidence(InputKind kind, String file, long line, String label) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " (" + label + ")";
    }
}
