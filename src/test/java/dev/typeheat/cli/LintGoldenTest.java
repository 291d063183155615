package dev.typeheat.cli;

import dev.typeheat.TestCorpus;
import dev.typeheat.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per rule, a positive and a negative input side by side in {@code corpus/lint/RULE/} (a long-type file,
 * or an {@code .args} file with the lint arguments, one per line); the exact lint output is checked in
 * beside each as {@code .expected}. The positive must report the rule (a {@code file:line:col: rules} line
 * naming it) and exit 1, the negative must not report it.
 */
class LintGoldenTest {

    @TestFactory
    Stream<DynamicTest> eachRuleHasPositiveAndNegativeCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(TestCorpus.project("lint"))) {
            for (Path dir : rules.filter(Files::isDirectory).sorted().toList()) {
                String rule = dir.getFileName().toString();
                for (String polarity : new String[] {"positive", "negative"}) {
                    Path input = dir.resolve(polarity + ".long-type-1.txt");
                    Path argsFile = dir.resolve(polarity + ".args");
                    Path expected = dir.resolve(polarity + ".expected");
                    tests.add(DynamicTest.dynamicTest(rule + " " + polarity, () -> {
                        List<String> args = new ArrayList<>(List.of("lint", "--width", "100"));
                        if (Files.exists(argsFile)) {
                            args.addAll(Files.readAllLines(argsFile));
                        } else {
                            args.add(input.toString());
                        }
                        CliRun.Result r = CliRun.run(args.toArray(new String[0]));
                        assertEquals(Files.readString(expected), r.out());
                        boolean reported = r.out().lines().anyMatch(l -> l.matches("\\S+:\\d+:\\d+: .*")
                                && List.of(l.substring(l.indexOf(": ") + 2).split(", ")).contains(rule));
                        if (polarity.equals("positive")) {
                            assertTrue(reported, rule + " not reported");
                            assertEquals(ExitCode.FINDINGS, r.code());
                        } else {
                            assertFalse(reported, rule + " reported on the negative case");
                        }
                    }));
                }
            }
        }
        assertEquals(8, tests.size(), "four rules, two cases each");
        return tests.stream();
    }
}
