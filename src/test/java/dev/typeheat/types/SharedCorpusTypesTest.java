package dev.typeheat.types;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.typeheat.TestCorpus;
import dev.typeheat.input.InputFiles;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every type string found in the shared corpus parses: long-type files, self-profile arguments (crox
 * exports), demangled symbol lists, cargo-llvm-lines names, mono-stats names and rustc errors.
 * Skipped with a message when ../shared/corpus is not there.
 */
class SharedCorpusTypesTest {
    private static final Pattern LLVM_LINES_ROW =
            Pattern.compile("^\\s*\\d+\\s+(?:\\([^)]*\\)\\s+)?\\d+\\s+(?:\\([^)]*\\)\\s+)?(.+)$");
    private static final Pattern NM_LINE = Pattern.compile("^(?:[0-9a-f]+)?\\s+[A-Za-z?-]\\s+(.+)$");
    private static final Pattern MONO_NAME = Pattern.compile("\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void longTypeFiles() throws IOException {
        TypeCheck check = new TypeCheck();
        for (Path f : files("long-type-")) {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank()) {
                    check.complete(f.toString(), line);
                }
            }
        }
        assertTrue(check.checked() > 40, "long types read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void selfProfileArgumentsFromCroxExports() throws IOException {
        TypeCheck check = new TypeCheck();
        for (Path f : files("chrome_profiler")) {
            // Every third distinct argument keeps the test quick; the benchmark parses them all.
            int i = 0;
            for (String arg : croxArguments(f)) {
                if (i++ % 3 == 0) {
                    check.complete(f.toString(), arg);
                }
            }
        }
        assertTrue(check.checked() > 10_000, "arguments read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void demangledSymbolLists() throws IOException {
        TypeCheck check = new TypeCheck();
        for (Path f : files("rustfilt")) {
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(InputFiles.open(f), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Matcher m = NM_LINE.matcher(line);
                    if (m.matches()) {
                        check.mayBeCut(f.toString(), stripSymbolSuffix(m.group(1)));
                    }
                }
            }
        }
        assertTrue(check.checked() > 20_000, "symbols read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void cargoLlvmLinesNames() throws IOException {
        TypeCheck check = new TypeCheck();
        for (Path f : files("llvm-lines")) {
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(InputFiles.open(f), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Matcher m = LLVM_LINES_ROW.matcher(line);
                    if (m.matches() && !m.group(1).equals("(TOTAL)")) {
                        // names are cut at the first '(' by cargo-llvm-lines: repairs are expected
                        check.mayBeCut(f.toString(), m.group(1));
                    }
                }
            }
        }
        assertTrue(check.checked() > 1000, "rows read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void monoStatsNames() throws IOException {
        TypeCheck check = new TypeCheck();
        for (Path f : files("mono_items.json")) {
            Matcher m = MONO_NAME.matcher(Files.readString(f));
            while (m.find()) {
                check.complete(f.toString(), m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        assertTrue(check.checked() > 100, "names read: " + check.checked());
        check.assertNoProblems();
    }

    @Test
    void typesInRustcErrors() throws IOException {
        TypeCheck check = new TypeCheck();
        for (Path f : files("error-")) {
            for (String t : DiagnosticTypes.in(Files.readString(f))) {
                check.mayBeCut(f.toString(), t);
            }
        }
        assertTrue(check.checked() > 30, "quoted types read: " + check.checked());
        check.assertNoProblems();
    }

    private static String stripSymbolSuffix(String symbol) {
        return symbol.replaceAll("(\\.llvm\\.[0-9A-Za-z@.]+|@@?[A-Za-z0-9_.]+)$", "");
    }

    private static List<Path> files(String nameContains) throws IOException {
        Path root = TestCorpus.shared();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().contains(nameContains))
                    .filter(p -> !p.toString().contains("/rust/"))
                    .sorted()
                    .toList();
        }
    }

    /** Distinct {@code args.arg0} strings of a crox trace, in file order. */
    private static Set<String> croxArguments(Path f) throws IOException {
        Set<String> args = new LinkedHashSet<>();
        try (InputStream in = InputFiles.open(f); JsonParser p = new JsonFactory().createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("arg0")) {
                    if (p.nextToken() == JsonToken.VALUE_STRING) {
                        args.add(p.getText());
                    }
                }
            }
        }
        return args;
    }
}
