package dev.typeheat.demangle;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every rustc-demangle test assertion: display (with hash), alternate (without), error (not demangled). */
class DemanglerVectorsTest {
    /**
     * The vectors come from a rustc-demangle later than 0.1.21, which Debian's rustfilt 0.2.1 (our oracle) is
     * built with: 0.1.21 prints a crate root's disambiguator also when it is 0. typeheat follows rustfilt;
     * these are rustfilt -h's outputs.
     */
    private static final Map<String, String> RUSTFILT_ZERO_DISAMBIGUATOR = Map.of(
            "_RC4f128", "f128[0]",
            "_RIC0Kj7b_E", "[0]::<123usize>",
            "_RIC0Khb_E", "[0]::<11u8>",
            "_RIC0Koff00ff00ff00ff00ff_E", "[0]::<0xff00ff00ff00ff00ffu128>",
            "_RIC0Ks98_E", "[0]::<152i16>",
            "_RIC0Kanb_E", "[0]::<-11i8>");

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
                        assertEquals(RUSTFILT_ZERO_DISAMBIGUATOR.getOrDefault(f[0], f[2]), Demangler.demangle(f[0], true));
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
