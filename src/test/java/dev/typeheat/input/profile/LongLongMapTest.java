package dev.typeheat.input.profile;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every long is a key, also the one that marks free slots inside the map (a damaged id 0x8000000000000000). */
class LongLongMapTest {
    private static final long DAMAGED_ID = 0x8000_0000_0000_0000L;

    @Test
    void theFreeSlotMarkerIsAKeyLikeAnyOther() {
        LongLongMap m = new LongLongMap(16);
        assertEquals(-1, m.get(DAMAGED_ID, -1));
        assertFalse(m.containsKey(DAMAGED_ID));
        m.put(DAMAGED_ID, 7);
        assertEquals(7, m.get(DAMAGED_ID, -1));
        assertTrue(m.containsKey(DAMAGED_ID));
        m.put(DAMAGED_ID, 8);
        assertEquals(8, m.get(DAMAGED_ID, -1));
        assertEquals(1, m.size());
        for (long k = 0; k < 10_000; k++) { // grows past its first table: the marker key stays
            m.put(k, k * 3);
        }
        assertEquals(8, m.get(DAMAGED_ID, -1));
        assertEquals(10_001, m.size());
        for (long k = 0; k < 10_000; k++) {
            assertEquals(k * 3, m.get(k, -1));
        }
        assertEquals(-1, m.get(Long.MAX_VALUE, -1));
    }

    /** A damaged index of a million entries all with that id is one entry, not a million (which the table grew for). */
    @Test
    void theMarkerKeyPutOverAndOverIsOneEntry() {
        LongLongMap m = new LongLongMap(16);
        for (int i = 0; i < 1_000_000; i++) {
            m.put(DAMAGED_ID, i);
        }
        assertEquals(1, m.size());
        assertEquals(999_999, m.get(DAMAGED_ID, -1));
    }
}
