package dev.typeheat.input.profile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The entries the first pass over a compressed profile keeps are exactly what reading each one at its
 * address gives, wherever the stream's pages cut them.
 */
class ShortEntriesTest {
    /** A string-data stream: the 8-byte head, then entries, each ending at 0xFF. */
    private final ByteArrayOutputStream stream = new ByteArrayOutputStream();
    private final List<Long> addresses = new ArrayList<>();

    ShortEntriesTest() {
        stream.writeBytes("MMSD".getBytes(StandardCharsets.US_ASCII));
        stream.writeBytes(new byte[] {9, 0, 0, 0});
    }

    private void entry(byte[]... parts) {
        addresses.add((long) stream.size());
        for (byte[] p : parts) {
            stream.writeBytes(p);
        }
        stream.write(0xFF);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A reference whose string id holds the terminator and reference bytes themselves. */
    private static byte[] ref(long id) {
        byte[] r = new byte[9];
        r[0] = (byte) 0xFE;
        for (int i = 0; i < 8; i++) {
            r[1 + i] = (byte) (id >>> (8 * i));
        }
        return r;
    }

    @Test
    void everyShortEntryIsKeptAsReadAtItsAddressWhereverPagesEnd() {
        entry(text("evaluate_obligation"));
        entry(ref(0xFFFF_FEFF_05F5_E103L), text("\u001e"), ref(0xFEFE_FFFFL));
        entry();
        entry(text("é ü → 型"), ref(0xFF));
        entry(text("x".repeat(ShortEntries.MAX_LENGTH)));
        entry(text("y".repeat(ShortEntries.MAX_LENGTH + 1)));
        entry(text("z".repeat(10_000)), ref(7));
        entry(ref(0xFFFF_FFFF_FFFF_FFFFL));
        entry(text("a"));
        byte[] high = new byte[0xFE - 0x80]; // every byte with its high bit set that is no marker
        for (int k = 0; k < high.length; k++) {
            high[k] = (byte) (0x80 + k);
        }
        entry(high);
        entry(Arrays.copyOf(high, 40), ref(0xFD), high);
        for (int k = 0; k < 72; k++) { // a byte with its high bit set before a marker in the same 64 bytes
            entry(text("h".repeat(k)), new byte[] {(byte) 0xC3, (byte) 0xA9}, text("i".repeat(72 - k)));
        }
        for (int k = 0; k < 136; k++) { // terminators and references at every offset of a 64-byte step
            entry(text("s".repeat(k)));
            entry(text("r".repeat(k)), ref(0xFEFF), text("t".repeat(40 - k % 33)));
        }
        byte[] data = stream.toByteArray();
        for (int pageLength : new int[] {1, 2, 3, 5, 7, 8, 9, 13, 64, 255, 256, 257, 4096, data.length}) {
            ShortEntries kept = new ShortEntries();
            for (int at = 0; at < data.length; at += pageLength) {
                byte[] page = Arrays.copyOfRange(data, at, Math.min(data.length, at + pageLength));
                kept.page(page, page.length);
            }
            int expectedKept = 0;
            for (long address : addresses) {
                RawString raw = new RawString();
                raw.feed(data, (int) address, data.length);
                byte[] expected = raw.bytes();
                if (expected.length <= ShortEntries.MAX_LENGTH) {
                    assertArrayEquals(expected, kept.get(address), "entry at " + address + ", pages of " + pageLength);
                    expectedKept++;
                } else {
                    assertNull(kept.get(address), "a long entry is left to a later pass, pages of " + pageLength);
                }
            }
            assertEquals(expectedKept, kept.size(), "pages of " + pageLength);
            assertNull(kept.get(addresses.get(1) + 1), "not an entry's start");
        }
    }

    @Test
    void anEntryCutByTheEndOfTheStreamIsNotKept() {
        entry(text("label"));
        byte[] data = stream.toByteArray();
        ShortEntries kept = new ShortEntries();
        byte[] cut = Arrays.copyOf(data, data.length - 1);
        kept.page(cut, cut.length);
        assertNull(kept.get(8));
    }
}
