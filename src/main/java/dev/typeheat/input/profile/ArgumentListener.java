package dev.typeheat.input.profile;

/**
 * Hears the costliest query arguments of a {@code .mm_profdata} while they are still being read: each
 * argument whose text is complete as it arrives (one entry without references, as rustc writes them) is
 * handed over at once, on the reading thread, before {@link ProfileReader#read} returns. A compressed profile
 * spends that time waiting for its decompressing thread, so work done here (parsing) is almost free. A text
 * handed over is the one in the returned {@link ProfileData} unless the string table's total ran out before
 * it was taken (then it is cut there, as without a listener); the arguments not handed over are only there.
 */
public interface ArgumentListener {
    /** Listens to nothing. */
    ArgumentListener NONE = (label, text) -> { };

    void argument(String label, String text);
}
