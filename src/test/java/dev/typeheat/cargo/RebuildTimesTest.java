package dev.typeheat.cargo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RebuildTimesTest {
    private static final long S = 1_000_000_000L;

    @Test
    void mediansOfInterleavedRoundsAndTheSecondsSaved() {
        RebuildTimes t = new RebuildTimes(List.of(27 * S, 31 * S, 26 * S, 27 * S + S / 2, 29 * S),
                List.of(14 * S, 13 * S, 20 * S, 13 * S + S / 2, 14 * S));
        assertEquals(27 * S + S / 2, t.medianBefore());
        assertEquals(14 * S, t.medianAfter());
        assertEquals(13.5, t.secondsSaved(), 1e-9);
        assertEquals("before 27.5 s, after 14.0 s (medians of 5 interleaved rounds): saves 13.5 s (49%)", t.describe());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwoAndSlowerIsSaid() {
        RebuildTimes t = new RebuildTimes(List.of(10 * S, 12 * S), List.of(11 * S, 15 * S));
        assertEquals(11 * S, t.medianBefore());
        assertEquals(13 * S, t.medianAfter());
        assertEquals("before 11.0 s, after 13.0 s (medians of 2 interleaved rounds): costs 2.0 s (18%)", t.describe());
    }
}
