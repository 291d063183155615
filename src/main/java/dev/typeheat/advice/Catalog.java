package dev.typeheat.advice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.typeheat.input.InputException;
import dev.typeheat.types.NodeMap;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;
import dev.typeheat.types.TyWalk;
import dev.typeheat.types.TypePrinter;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The combinator families typeheat knows (the bundled {@code combinators.toml} plus the user's
 * {@code typeheat.toml}), and which family a type node belongs to.
 */
public final class Catalog {
    private static final String BUNDLED = "/dev/typeheat/advice/combinators.toml";

    private final List<Family> families;
    /** Families by node (interned: identity is equality). */
    private final NodeMap<Optional<Family>> cache = new NodeMap<>();

    public Catalog(List<Family> families) {
        this.families = List.copyOf(families);
    }

    /** The bundled catalog. */
    public static Catalog bundled() {
        try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
            return new Catalog(parseFamilies(new TomlMapper().readTree(in), BUNDLED));
        } catch (IOException e) {
            throw new IllegalStateException("bundled catalog unreadable", e);
        }
    }

    /** This catalog with the user's families added; a family with a known id replaces the bundled one. */
    public Catalog with(List<Family> extra) {
        Map<String, Family> byId = new LinkedHashMap<>();
        for (Family f : extra) {
            byId.put(f.id(), f);
        }
        for (Family f : families) {
            byId.putIfAbsent(f.id(), f);
        }
        return new Catalog(new ArrayList<>(byId.values()));
    }

    public List<Family> families() {
        return families;
    }

    /** The {@code [[family]]} tables of a parsed {@code typeheat.toml}. */
    public static List<Family> familiesOf(JsonNode root, String where) {
        return parseFamilies(root, where);
    }

    /** Reads {@code [[family]]} tables. */
    static List<Family> parseFamilies(JsonNode root, String where) {
        List<Family> out = new ArrayList<>();
        for (JsonNode f : root.path("family")) {
            String id = f.path("id").asText("");
            if (id.isEmpty()) {
                throw new InputException(where, "a [[family]] needs an id");
            }
            out.add(new Family(id, f.path("name").asText(id), set(f.path("paths")), list(f.path("prefixes")),
                    set(f.path("short-names")), set(f.path("split")), list(f.path("closures")),
                    f.path("remedy").asText("Box<dyn ...>"), f.path("call").asText(f.path("remedy").asText("")),
                    f.path("boxed-type").asText(""), f.path("note").asText(""), f.path("box-prefix").asText(""),
                    f.path("box-suffix").asText(""), f.path("requires").asText(""), f.path("error-becomes").asText("")));
        }
        return out;
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> set(JsonNode array) {
        return new LinkedHashSet<>(list(array));
    }

    /**
     * The family of a generic type or closure node. Full paths decide directly; a trimmed path
     * ({@code Map<..>} in a rustc error) takes the family of its first argument that has one, so
     * {@code Map<Filter<..>>} is an iterator and {@code Map<And<..>>} a warp filter.
     */
    public synchronized Optional<Family> familyOf(Ty t) {
        Optional<Family> known = cache.get(t);
        if (known != null) {
            return known;
        }
        // a trimmed path asks its arguments' families: the nodes below are resolved first, children
        // first, so a Map<Map<..>> a million deep is not a million nested calls
        for (Ty n : TyWalk.childrenFirst(t, cache::containsKey)) {
            cache.put(n, resolve(n));
        }
        return cache.get(t);
    }

    private Optional<Family> resolve(Ty t) {
        if (t.kind() == TyKind.CLOSURE) {
            for (Family f : families) {
                for (String kind : f.closures()) {
                    if (t.name().startsWith(kind + "@") || t.name().startsWith(kind + " ")) {
                        return Optional.of(f);
                    }
                }
            }
            return Optional.empty();
        }
        if (t.genericArgCount() == 0 || t.base() != null) {
            return Optional.empty();
        }
        String path = TypePrinter.stripHashes(t.name());
        for (Family f : families) {
            if (f.matchesPath(path)) {
                return Optional.of(f);
            }
        }
        if (path.contains("::")) {
            return Optional.empty();
        }
        // most names match no family's short name: no list for them (a deep type asks half a million times)
        List<Family> candidates = null;
        for (Family f : families) {
            if (f.matchesShortName(path)) {
                if (candidates == null) {
                    candidates = new ArrayList<>(2);
                }
                candidates.add(f);
            }
        }
        if (candidates == null) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        for (Ty arg : t.genericArgs()) {
            Optional<Family> inner = familyOf(arg);
            if (inner.isPresent() && candidates.contains(inner.get())) {
                return inner;
            }
        }
        return Optional.of(candidates.get(0));
    }

    /** True when {@code t} is a binary combinator whose operands are the places to box. */
    public boolean isSplit(Ty t) {
        Optional<Family> f = familyOf(t);
        return f.isPresent() && f.get().split().contains(TypePrinter.stripHashes(t.name()));
    }
}
