package dev.typeheat.advice.plan;

import dev.typeheat.input.source.SourceFile;

/**
 * One change to a source file: the text between two code point offsets replaced ({@code start == end}
 * inserts).
 */
public record SourceEdit(SourceFile file, int start, int end, String replacement) {

    public static SourceEdit insert(SourceFile file, int at, String text) {
        return new SourceEdit(file, at, at, text);
    }

    public String path() {
        return file.path();
    }
}
