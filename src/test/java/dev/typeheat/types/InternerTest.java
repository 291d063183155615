package dev.typeheat.types;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One node per structure, also when parsing threads share the interner; children get the smaller ids. */
class InternerTest {
    @Test
    void equalStructuresAreOneNode() {
        Interner interner = new Interner();
        TypeParser parser = new TypeParser(interner);
        Ty a = parser.parse("HashMap<String, Vec<(u8, u16)>>").root();
        Ty b = parser.parse("HashMap<String, Vec<(u8, u16)>>").root();
        assertSame(a, b);
        assertNotSame(a, parser.parse("HashMap<String, Vec<(u8, u32)>>").root());
        assertSame(a.child(1).child(0), parser.parse("(u8, u16)").root());
        assertEquals(interner.idLimit(), interner.size(), "an id per distinct node");
    }

    @Test
    void threadsSharingTheInternerGetTheSameNodes() throws InterruptedException {
        Interner interner = new Interner();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add("Map<Filter<Vec<T" + (i % 300) + ">, F" + (i % 11) + ">, u" + (i % 5) + ">");
        }
        ConcurrentLinkedQueue<Ty> roots = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                TypeParser own = new TypeParser(interner);
                texts.forEach(text -> roots.add(own.parse(text).root()));
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        TypeParser check = new TypeParser(interner);
        for (Ty root : roots) {
            assertSame(check.parse(root.toString()).root(), root);
            for (int c = 0; c < root.childCount(); c++) {
                assertTrue(root.child(c).id() < root.id());
            }
        }
        assertEquals(interner.idLimit(), interner.size());
    }
}
