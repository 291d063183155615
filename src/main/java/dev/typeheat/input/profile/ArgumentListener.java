package dev.typeheat.input.profile;

/**
 * Hears the costliest query arguments of a {@code .mm_profdata} while they are still being read: each
 * argument whose text is complete as it arrives (one entry without references, as rustc writes them) is
 * handed over at once, on the reading thread, before {@link ProfileReader#read} returns. A compressed profile
 * spends that time waiting for its decompressing thread, so work done here (parsing) is almost free. Each
 * text handed over is also in the returned {@link ProfileData}; the others only there.
 */
public interface ArgumentListener {
    /** Listens to nothing. */
    ArgumentListener NONE = (label, text) -> { };

    void argument(String label, String text);
}
