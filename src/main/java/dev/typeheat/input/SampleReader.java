package dev.typeheat.input;

import java.util.function.Consumer;

/** Reads one kind of input into samples, streaming them to a consumer. */
public interface SampleReader {
    InputKind kind();

    /** Reads {@code in} once, hands every sample to {@code out}, and says what it read and skipped. */
    ReadSummary read(Input in, Consumer<Sample> out);
}
