package dev.typeheat.input;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one kind of input file into samples, streaming them to a consumer. */
public interface SampleReader {
    InputKind kind();

    /** Reads {@code file}, hands every sample to {@code out}, and says what it read and skipped. */
    ReadSummary read(Path file, Consumer<Sample> out);
}
