package dev.typeheat.advice.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.typeheat.advice.Catalog;
import dev.typeheat.advice.Family;
import dev.typeheat.advice.checks.Rules;
import dev.typeheat.advice.checks.ThresholdSpec;
import dev.typeheat.input.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typeheat.toml into a {@link TypeheatConfig}, strictly: an unknown table or key, a value of the
 * wrong type or an unknown rule id is an error at its line and column, with the closest known name.
 * A config that silently falls back to defaults would let CI pass with thresholds nobody chose.
 */
public final class ConfigReader {
    private static final long MAX_BYTES = 1 << 20;
    private static final List<String> TABLES = List.of("lint", "family", "allow");
    private static final List<String> FAMILY_STRINGS = List.of("id", "name", "remedy", "call", "boxed-type", "note",
            "box-prefix", "box-suffix", "requires", "error-becomes");
    private static final List<String> FAMILY_LISTS = List.of("paths", "prefixes", "short-names", "split", "closures");
    private static final List<String> ALLOW_KEYS = List.of("path", "rules", "reason");

    private final String file;
    private TomlPositions positions;

    private ConfigReader(String file) {
        this.file = file;
    }

    public static TypeheatConfig read(Path path) {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(path.toString(), "a config file of more than 1 MB is not a typeheat.toml");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(path.toString(), "no such config file");
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read: " + e.getMessage());
        }
        return parse(path.toString(), text);
    }

    /** Reads {@code text}; errors name {@code file}. */
    public static TypeheatConfig parse(String file, String text) {
        return new ConfigReader(file).parse(text);
    }

    private TypeheatConfig parse(String text) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            int col = e.getLocation() != null ? e.getLocation().getColumnNr() : 0;
            throw new InputException(file, Math.max(line, 0), Math.max(col, 0), "invalid TOML: "
                    + e.getOriginalMessage().strip().replace('\n', ' '));
        }
        positions = new TomlPositions(text);
        if (root == null || root.isMissingNode()) {
            return TypeheatConfig.EMPTY;
        }
        Map<String, Long> thresholds = Map.of();
        List<Family> families = List.of();
        List<Allow> allows = List.of();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "lint":
                    thresholds = lint(e.getValue());
                    break;
                case "family":
                    families = families(e.getValue());
                    break;
                case "allow":
                    allows = allows(e.getValue());
                    break;
                default:
                    throw unknownTopLevel(e.getKey(), e.getValue());
            }
        }
        return new TypeheatConfig(thresholds, families, allows);
    }

    private InputException unknownTopLevel(String key, JsonNode value) {
        TomlPositions.Position at = value.isObject() || value.isArray() ? positions.header(key) : positions.key("", key);
        if (value.isObject() || (value.isArray() && value.size() > 0 && value.get(0).isObject())) {
            String hint = DidYouMean.closest(key, TABLES).map(t -> "; did you mean [" + (t.equals("lint") ? t : "[" + t + "]") + "]?")
                    .orElse("");
            return error(at, "unknown table [" + key + "] (typeheat.toml has [lint], [[family]] and [[allow]])" + hint);
        }
        boolean threshold = Rules.threshold(key).isPresent();
        return error(at, "unknown key " + key + " at the top level" + (threshold ? "; thresholds go in the [lint] table"
                : DidYouMean.hint(key, TABLES)));
    }

    private Map<String, Long> lint(JsonNode table) {
        if (!table.isObject()) {
            throw error(positions.key("", "lint"), "lint must be a table ([lint]), not " + describe(table));
        }
        List<String> keys = Rules.thresholds().stream().map(ThresholdSpec::key).toList();
        Map<String, Long> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!keys.contains(e.getKey())) {
                throw error(positions.key("lint", e.getKey()), "unknown key " + e.getKey() + " in [lint]"
                        + DidYouMean.closest(e.getKey(), keys).map(k -> "; did you mean " + k + "?")
                        .orElse(" (known: " + String.join(", ", keys) + ")"));
            }
            JsonNode v = e.getValue();
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw error(positions.value("lint", e.getKey()), e.getKey() + " must be a whole number, not " + describe(v));
            }
            if (v.asLong() < 0) {
                throw error(positions.value("lint", e.getKey()), e.getKey() + " must be 0 or more, not " + v.asLong());
            }
            out.put(e.getKey(), v.asLong());
        }
        return out;
    }

    private List<Family> families(JsonNode array) {
        List<JsonNode> tables = arrayOfTables("family", array);
        List<String> known = new ArrayList<>(FAMILY_STRINGS);
        known.addAll(FAMILY_LISTS);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            String name = "family#" + (i + 1);
            JsonNode f = tables.get(i);
            checkKeys(f, name, "[[family]]", known);
            for (String k : FAMILY_STRINGS) {
                if (f.has(k) && !f.get(k).isTextual()) {
                    throw error(positions.value(name, k), k + " must be a string, not " + describe(f.get(k)));
                }
            }
            for (String k : FAMILY_LISTS) {
                stringList(f, name, k);
            }
            String id = f.path("id").asText("");
            if (id.isBlank()) {
                throw error(positions.header(name), "this [[family]] needs an id (a bundled id such as warp-filter "
                        + "replaces that family, a new one adds a family)");
            }
            if (!ids.add(id)) {
                throw error(positions.value(name, "id"), "a second [[family]] with id " + id);
            }
        }
        ObjectNode wrapper = new TomlMapper().createObjectNode();
        wrapper.set("family", array);
        return Catalog.familiesOf(wrapper, file);
    }

    private List<Allow> allows(JsonNode array) {
        List<JsonNode> tables = arrayOfTables("allow", array);
        List<Allow> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            String name = "allow#" + (i + 1);
            JsonNode a = tables.get(i);
            checkKeys(a, name, "[[allow]]", ALLOW_KEYS);
            if (!a.has("path")) {
                throw error(positions.header(name), "this [[allow]] needs a path (a file, folder or glob relative "
                        + "to the source root, such as \"src/legacy/\")");
            }
            if (!a.get("path").isTextual() || a.get("path").asText().isBlank()) {
                throw error(positions.value(name, "path"), "path must be a non-empty string, not " + describe(a.get("path")));
            }
            if (a.has("reason") && !a.get("reason").isTextual()) {
                throw error(positions.value(name, "reason"), "reason must be a string, not " + describe(a.get("reason")));
            }
            Set<String> rules = new LinkedHashSet<>(stringList(a, name, "rules"));
            for (String r : rules) {
                if (Rules.byId(r).isEmpty()) {
                    throw error(positions.value(name, "rules"), "unknown rule " + r
                            + DidYouMean.closest(r, Rules.ids()).map(k -> "; did you mean " + k + "?")
                            .orElse(" (rules: " + String.join(", ", Rules.ids()) + ")"));
                }
            }
            out.add(new Allow(a.get("path").asText(), Set.copyOf(rules), a.path("reason").asText(""),
                    positions.header(name).line()));
        }
        return out;
    }

    private List<JsonNode> arrayOfTables(String key, JsonNode value) {
        if (!value.isArray()) {
            throw error(value.isObject() ? positions.header(key) : positions.key("", key),
                    key + " must be written as [[" + key + "]] tables, not " + (value.isObject() ? "[" + key + "]" : describe(value)));
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : value) {
            if (!n.isObject()) {
                throw error(positions.key("", key), key + " must be written as [[" + key + "]] tables, not " + describe(n));
            }
            out.add(n);
        }
        return out;
    }

    private void checkKeys(JsonNode table, String name, String label, List<String> known) {
        for (Iterator<String> it = table.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw error(positions.key(name, k), "unknown key " + k + " in " + label
                        + DidYouMean.closest(k, known).map(s -> "; did you mean " + s + "?")
                        .orElse(" (known: " + String.join(", ", known) + ")"));
            }
        }
    }

    private List<String> stringList(JsonNode table, String name, String key) {
        if (!table.has(key)) {
            return List.of();
        }
        JsonNode v = table.get(key);
        if (!v.isArray()) {
            throw error(positions.value(name, key), key + " must be a list of strings ([\"...\"]), not " + describe(v));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw error(positions.value(name, key), key + " must hold strings only, not " + describe(item));
            }
            out.add(item.asText());
        }
        return out;
    }

    /** {@code the string "three"}, {@code a table}, ... */
    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            String s = v.asText();
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (v.isBoolean()) {
            return "the boolean " + v.asText();
        }
        if (v.isIntegralNumber()) {
            return "the number " + v.asText();
        }
        if (v.isNumber()) {
            return "the decimal number " + v.asText();
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a table";
        }
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private InputException error(TomlPositions.Position at, String message) {
        return new InputException(file, at.line(), at.column(), message);
    }
}
