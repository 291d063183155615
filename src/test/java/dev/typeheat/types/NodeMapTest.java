package dev.typeheat.types;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A memo by node id answers by identity, also when nodes of two interners share an id. */
class NodeMapTest {
    @Test
    void nodesOfTwoInternersWithTheSameIdKeepTheirOwnValues() {
        Ty a = new TypeParser(new Interner()).parse("Vec<u8>").root();
        Ty b = new TypeParser(new Interner()).parse("Vec<u8>").root();
        assertEquals(a.id(), b.id());

        NodeMap<String> map = new NodeMap<>();
        map.put(a, "first");
        assertFalse(map.containsKey(b), "an equal node of another interner is another key");
        map.put(b, "second");
        map.put(a, "first again");

        assertEquals("first again", map.get(a));
        assertEquals("second", map.get(b));
        assertNull(map.get(a.child(0)));
    }

    @Test
    void idsPastTheFirstTableGrowIt() {
        TypeParser parser = new TypeParser();
        Ty deep = parser.parse("A<".repeat(500) + "u8" + ">".repeat(500)).root();
        NodeMap<Integer> map = new NodeMap<>();
        for (Ty t : TyWalk.childrenFirst(deep)) {
            map.put(t, t.id());
        }
        for (Ty t : TyWalk.childrenFirst(deep)) {
            assertTrue(map.containsKey(t));
            assertEquals(t.id(), map.get(t));
        }
    }
}
