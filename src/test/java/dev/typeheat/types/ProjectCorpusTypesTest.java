package dev.typeheat.types;

import dev.typeheat.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every type string in the project's own corpus parses, prints back to itself and measures consistently. */
class ProjectCorpusTypesTest {

    @Test
    void longTypeFilesParseCompletely() throws IOException {
        TypeCheck check = new TypeCheck();
        try (Stream<Path> files = Files.list(TestCorpus.project("types/long-types"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        check.complete(f.getFileName().toString(), line);
                    }
                }
            }
        }
        assertTrue(check.checked() >= 10, "too few long types read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void selfProfileQueryArgumentsParseCompletely() throws IOException {
        TypeCheck check = new TypeCheck();
        for (String line : Files.readAllLines(TestCorpus.project("types/obligations/tower-app-query-args.tsv"))) {
            int tab = line.indexOf('\t');
            check.complete(line.substring(0, tab), line.substring(tab + 1));
        }
        assertTrue(check.checked() > 1000, "too few arguments read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void seedObligationPastedOverSeveralLinesParsesCompletely() throws IOException {
        TypeCheck check = new TypeCheck();
        String text = Files.readString(TestCorpus.project("types/obligations/warp-obligation-truncated.txt"));
        check.complete("warp-obligation-truncated.txt", text);
        check.assertNoProblems();
    }

    @Test
    void typesQuotedInRustcErrorsParse() throws IOException {
        TypeCheck check = new TypeCheck();
        try (Stream<Path> files = Files.list(TestCorpus.project("types/errors"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                List<String> types = DiagnosticTypes.in(Files.readString(f));
                for (String t : types) {
                    check.mayBeCut(f.getFileName().toString(), t);
                }
            }
        }
        assertTrue(check.checked() >= 10, "too few quoted types found: " + check.checked());
        check.assertNoProblems();
    }
}
