package dev.typeheat.advice.checks;

import dev.typeheat.CliRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything that lists rules agrees with the rule list: the README's table, each rule's page in
 * docs/rules/, {@code lint --help} and its {@code --max-*} options. A rule added to {@link Rules} without
 * its page or README row fails here.
 */
class RuleListTest {
    /** The README table, as the rule list says it must read. */
    static List<String> readmeTable() {
        List<String> rows = new ArrayList<>();
        rows.add("| rule | fires when | thresholds (`[lint]` key and `--KEY` option: default) |");
        rows.add("|---|---|---|");
        for (Rule r : Rules.all()) {
            StringBuilder limits = new StringBuilder();
            for (ThresholdSpec t : r.thresholds()) {
                limits.append(limits.length() == 0 ? "" : ", ").append('`').append(t.key()).append("`: ")
                        .append(String.format("%,d", t.defaultValue())).append(' ').append(t.unit());
            }
            rows.add("| [`" + r.id() + "`](" + r.docPath() + ") | " + r.title() + " | "
                    + (limits.length() == 0 ? "none: always reported" : limits) + " |");
        }
        return rows;
    }

    @Test
    void readmeRuleTableIsTheRuleList() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<String> expected = readmeTable();
        int at = readme.indexOf(expected.get(0));
        assertTrue(at >= 0, "README has no rule table; it should read:\n" + String.join("\n", expected));
        assertEquals(String.join("\n", expected), String.join("\n", readme.subList(at, Math.min(readme.size(), at + expected.size()))));
        assertTrue(at + expected.size() == readme.size() || !readme.get(at + expected.size()).startsWith("|"),
                "the README table has rows of rules that do not exist");
    }

    @Test
    void everyRuleHasItsPageWithTheSectionsAUserNeeds() throws IOException {
        for (Rule r : Rules.all()) {
            Path page = Path.of(r.docPath());
            assertTrue(Files.isRegularFile(page), "missing " + page);
            String text = Files.readString(page);
            assertTrue(text.startsWith("# " + r.id() + ": "), page + " should start with '# " + r.id() + ": '");
            for (String section : List.of("## What it measures", "## Why it costs compile time", "## How to fix",
                    "## How to configure", "## Example")) {
                assertTrue(text.contains("\n" + section + "\n"), page + " lacks " + section);
            }
            for (ThresholdSpec t : r.thresholds()) {
                assertTrue(text.contains(t.key() + " = "), page + " should show how to set " + t.key());
                assertTrue(text.contains("default " + t.defaultValue()), page + " should give " + t.key() + "'s default");
            }
            assertTrue(text.contains("typeheat: allow(" + r.id() + ")"), page + " should show the allow comment");
        }
    }

    @Test
    void lintHelpListsEveryRuleAndEveryThresholdOption() {
        String help = CliRun.run("lint", "--help").out();
        for (Rule r : Rules.all()) {
            assertTrue(help.contains("  " + r.id() + " "), "lint --help lacks " + r.id() + ":\n" + help);
            for (ThresholdSpec t : r.thresholds()) {
                assertTrue(help.contains(t.option() + "="), "lint --help lacks option " + t.option());
            }
        }
    }

    @Test
    void idsAndThresholdKeysAreUnique() {
        Set<String> ids = new HashSet<>(Rules.ids());
        assertEquals(Rules.all().size(), ids.size());
        Set<String> keys = new HashSet<>();
        for (ThresholdSpec t : Rules.thresholds()) {
            assertTrue(keys.add(t.key()), "two rules use " + t.key());
            assertTrue(t.key().matches("[a-z][a-z-]*"), t.key());
        }
    }
}
