package dev.typeheat.advice.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where tables and keys are in a TOML text, so that a value the TOML library accepted but typeheat does
 * not can be reported at its line and column (the library keeps no positions). A line scanner over
 * the parts of TOML a config file uses: {@code [table]}, {@code [[array]]} headers (dotted and quoted
 * names), {@code key = value} lines (bare, quoted and dotted keys), comments, and strings and arrays
 * that span lines (skipped). Tables are named {@code lint} or {@code family#2} (the second
 * {@code [[family]]}, counting from 1).
 */
final class TomlPositions {
    /** A 1-based line and column. */
    record Position(int line, int column) {
    }

    /** Where a key is and where its value starts. */
    record KeyPosition(Position key, Position value) {
    }

    private final Map<String, Position> headers = new HashMap<>();
    private final Map<String, KeyPosition> keys = new HashMap<>();

    TomlPositions(String text) {
        scan(text.split("\r?\n", -1));
    }

    /** The header of a table ({@code lint}, {@code family#2}); the top of the file for the root table. */
    Position header(String table) {
        return headers.getOrDefault(table, new Position(1, 1));
    }

    /** The key's position, else its table's header. */
    Position key(String table, String key) {
        KeyPosition k = keys.get(table + "\u0000" + key);
        return k != null ? k.key() : header(table);
    }

    /** Where the key's value starts, else the table's header. */
    Position value(String table, String key) {
        KeyPosition k = keys.get(table + "\u0000" + key);
        return k != null ? k.value() : header(table);
    }

    private void scan(String[] lines) {
        Map<String, Integer> arrayCounts = new HashMap<>();
        String table = "";
        String openString = null; // the delimiter of a multi-line string still open
        int depth = 0;            // brackets of a value still open
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int i = 0;
            if (openString != null) {
                int close = line.indexOf(openString);
                if (close < 0) {
                    continue;
                }
                i = close + 3;
                openString = null;
            } else if (depth == 0) {
                i = skipBlank(line, 0);
                if (i >= line.length() || line.charAt(i) == '#') {
                    continue;
                }
                if (line.startsWith("[[", i)) {
                    int end = line.indexOf("]]", i + 2);
                    String name = joinKey(line, i + 2, end < 0 ? line.length() : end);
                    int count = arrayCounts.merge(name, 1, Integer::sum);
                    table = name + "#" + count;
                    headers.put(table, new Position(n + 1, i + 1));
                    continue;
                }
                if (line.charAt(i) == '[') {
                    int end = line.indexOf(']', i + 1);
                    table = joinKey(line, i + 1, end < 0 ? line.length() : end);
                    headers.putIfAbsent(table, new Position(n + 1, i + 1));
                    continue;
                }
                int eq = keyEnd(line, i);
                if (eq < 0) {
                    continue;
                }
                List<String> parts = keyParts(line.substring(i, eq));
                String owner = table;
                for (int p = 0; p < parts.size() - 1; p++) {
                    owner = owner.isEmpty() ? parts.get(p) : owner + "." + parts.get(p);
                }
                int value = skipBlank(line, eq + 1);
                keys.putIfAbsent(owner + "\u0000" + parts.get(parts.size() - 1),
                        new KeyPosition(new Position(n + 1, i + 1), new Position(n + 1, value + 1)));
                i = value;
            }
            // the rest of the line is (part of) a value: follow strings and brackets
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '#') {
                    break;
                }
                if (c == '"' || c == '\'') {
                    String triple = String.valueOf(c).repeat(3);
                    if (line.startsWith(triple, i)) {
                        int close = line.indexOf(triple, i + 3);
                        if (close < 0) {
                            openString = triple;
                            break;
                        }
                        i = close + 3;
                        continue;
                    }
                    i = stringEnd(line, i);
                    continue;
                }
                if (c == '[' || c == '{') {
                    depth++;
                } else if ((c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
    }

    private static int skipBlank(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The index after a one-line string starting at {@code i}. */
    private static int stringEnd(String line, int i) {
        char quote = line.charAt(i);
        int j = i + 1;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (c == '\\' && quote == '"') {
                j += 2;
                continue;
            }
            if (c == quote) {
                return j + 1;
            }
            j++;
        }
        return j;
    }

    /** The index of the {@code =} after a key starting at {@code i}, or -1 when the line is no key line. */
    private static int keyEnd(String line, int i) {
        int j = i;
        while (j < line.length()) {
            char c = line.charAt(j);
            if (c == '"' || c == '\'') {
                j = stringEnd(line, j);
                continue;
            }
            if (c == '=') {
                return j;
            }
            if (c == '#') {
                return -1;
            }
            j++;
        }
        return -1;
    }

    private static String joinKey(String line, int from, int to) {
        return String.join(".", keyParts(line.substring(from, Math.max(from, to))));
    }

    /** {@code a."b.c".d} -> [a, b.c, d]. */
    private static List<String> keyParts(String key) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        int i = 0;
        while (i < key.length()) {
            char c = key.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(key, i);
                part.append(key, i + 1, Math.max(i + 1, end - 1));
                i = end;
                continue;
            }
            if (c == '.') {
                out.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
            i++;
        }
        out.add(part.toString().strip());
        return out;
    }
}
