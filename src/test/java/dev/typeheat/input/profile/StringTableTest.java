package dev.typeheat.input.profile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the string table expands: each string up to its limit, and all strings together up to theirs. */
class StringTableTest {
    /** A string-data stream in memory: the 8-byte head, then entries, each ending at 0xFF. */
    private static final class Entries implements StringData {
        private final ByteArrayOutputStream stream = new ByteArrayOutputStream();
        private final Map<Long, byte[]> byAddress = new TreeMap<>();

        Entries() {
            stream.writeBytes(new byte[] {'M', 'M', 'S', 'D', 9, 0, 0, 0});
        }

        /** Adds an entry; returns its string id. */
        long add(byte[] raw) {
            long address = stream.size();
            byAddress.put(address, raw);
            stream.writeBytes(raw);
            stream.write(RawString.TERMINATOR);
            return address + StringTable.FIRST_CONCRETE;
        }

        @Override
        public long length() {
            return stream.size();
        }

        @Override
        public void read(long[] addresses, Sink sink) {
            for (long a : addresses) {
                sink.entry(a, byAddress.get(a));
            }
        }
    }

    private static byte[] ref(long id) {
        byte[] r = new byte[9];
        r[0] = (byte) RawString.REF;
        for (int i = 0; i < 8; i++) {
            r[1 + i] = (byte) (id >>> (8 * i));
        }
        return r;
    }

    private static StringTable table(Entries data, long total, long... virtualAndAddress) {
        PagedStream index = new PagedStream(null, "test", "string index");
        java.nio.ByteBuffer page = java.nio.ByteBuffer.allocate(8 + 8 * virtualAndAddress.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        page.put(new byte[] {'M', 'M', 'S', 'I', 9, 0, 0, 0});
        for (long v : virtualAndAddress) {
            page.putLong(v);
        }
        index.addPage(page.array());
        return new StringTable(data, index, "test", total);
    }

    /**
     * String ids are unsigned: a damaged id 0x8000000000000000 in the index is no virtual id (measureme reads
     * ids up to 100,000,001 as virtual), so it names no string even where the index lists it.
     */
    @Test
    void anIdWithTheHighBitSetIsNoVirtualId() {
        Entries data = new Entries();
        long vec = data.add("Vec<u8>".getBytes(StandardCharsets.UTF_8));
        long damaged = 0x8000_0000_0000_0000L;
        long address = vec - StringTable.FIRST_CONCRETE;
        StringTable t = table(data, StringTable.MAX_TOTAL, 5, address, damaged, address);
        assertEquals("Vec<u8>", t.resolve(5));
        assertEquals(StringTable.UNKNOWN, t.resolve(damaged));
        assertEquals(-1, t.address(-1L));
    }

    /**
     * Strings that each refer to one long entry are whole until all strings together reach the total: then
     * the rest are cut (3,000 arguments referring to one 1 MiB entry would otherwise be 3 GB).
     */
    @Test
    void allStringsTogetherStopAtTheTotal() {
        Entries data = new Entries();
        byte[] big = new byte[StringTable.MIN_PER_STRING];
        Arrays.fill(big, (byte) 'a');
        long bigId = data.add(big);
        long[] refs = new long[5];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = data.add(ref(bigId));
        }
        StringTable t = table(data, 3L * StringTable.MIN_PER_STRING + 10);
        int[] lengths = new int[refs.length];
        for (int i = 0; i < refs.length; i++) {
            lengths[i] = t.resolve(refs[i]).length();
        }
        assertEquals("[1048576, 1048576, 1048576, 10, 0]", Arrays.toString(lengths));
        assertEquals(2, t.cutStrings());
    }

    /** One string may expand to the string data's size when that is more than 1 MiB, and no further. */
    @Test
    void oneStringStopsAtTheStringDataSize() {
        Entries data = new Entries();
        byte[] piece = "Vec<u8>, ".repeat(140_000).getBytes(StandardCharsets.UTF_8); // 1,260,000 bytes
        long pieceId = data.add(piece);
        long twice = data.add(concat(ref(pieceId), ref(pieceId))); // 2,520,000 bytes from a table of 1,260,028
        long length = data.length();
        StringTable t = table(data, StringTable.MAX_TOTAL);
        assertEquals(length, t.resolve(twice).length());
        assertEquals(1, t.cutStrings());
    }

    /**
     * Texts handed over while their batch is read are the ones taken afterwards, and count against the total
     * only when taken, in the taker's order: where the total runs out, taking cuts exactly as without them.
     */
    @Test
    void textsHandedOverEarlyAreTakenAsWithoutThem() {
        Entries data = new Entries();
        long pathId = data.add("core::iter::Fuse".getBytes(StandardCharsets.UTF_8));
        long[] ids = new long[6];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i == 2 ? data.add(ref(pathId)) : data.add(("Vec<" + "u8,".repeat(10 * (i + 1)) + ">").getBytes(StandardCharsets.UTF_8));
        }
        long[] takeOrder = {ids[5], ids[0], ids[2], ids[3], ids[1], ids[4]};
        long total = 300; // 186, 36 and 16 bytes whole, then 62 left of 126, nothing of 66 and 156
        StringTable plain = table(data, total);
        plain.prefetch(ids);
        StringTable early = table(data, total);
        Map<Long, String> heard = new TreeMap<>();
        early.prefetch(ids, heard::put);
        assertEquals(5, heard.size(), "all but the one made of a reference: " + heard.keySet());
        for (long id : takeOrder) {
            String taken = early.take(id);
            assertEquals(plain.take(id), taken);
            if (heard.containsKey(id) && taken.length() == heard.get(id).length()) {
                assertEquals(heard.get(id), taken);
            }
        }
        assertEquals(plain.cutStrings(), early.cutStrings());
        assertEquals(3, early.cutStrings(), "the total ran out");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
