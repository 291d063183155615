package dev.typeheat.demangle;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every rustc-demangle test assertion: display (with hash), alternate (without), error (not demangled). */
class DemanglerVectorsTest {

    @TestFactory
    Stream<DynamicTest> rustcDemangleVectors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(TestCorpus.project("demangle/demangle-vectors.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("mangled")) {
                continue;
            }
            String name = f[1] + " " + f[0];
            tests.add(DynamicTest.dynamicTest(name, () -> {
                switch (f[1]) {
                    case "display":
                        assertEquals(f[2], Demangler.demangle(f[0], true));
                        break;
                    case "alternate":
                        assertEquals(f[2], Demangler.demangle(f[0], false));
                        break;
                    default:
                        assertNull(Demangler.demangle(f[0], true), "must not demangle");
                }
            }));
        }
        assertEquals(95, tests.size());
        return tests.stream();
    }
}
