package dev.typeheat.input.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.typeheat.input.InputException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a crate's Rust source: every {@code .rs} file under {@code src/} (and {@code examples/},
 * {@code benches/}, {@code tests/} when present), module paths taken from the usual layout
 * ({@code src/main.rs} and {@code src/lib.rs} are the crate root, {@code src/a/b.rs} and
 * {@code src/a/b/mod.rs} are {@code a::b}).
 */
public final class CrateSourceReader {
    /** Files above this size are not Rust a person wrote (generated tables); they are skipped and said so. */
    private static final long MAX_FILE_BYTES = 8L << 20;

    /** Reads the crate with its default features on. */
    public CrateSource read(Path root) {
        return read(root, Set.of());
    }

    /** Reads the crate as built with its default features and {@code features} on. */
    public CrateSource read(Path root, Set<String> features) {
        JsonNode manifest = manifest(root);
        String name = crateName(root, manifest);
        Cfg cfg = Cfg.of(enabledFeatures(manifest, features));
        List<SourceFile> files = new ArrayList<>();
        List<SourceFn> fns = new ArrayList<>();
        List<UseDecl> uses = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String dir : new String[] {"src", "examples", "benches", "tests"}) {
            Path base = root.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(base)) {
                paths = walk.filter(p -> p.toString().endsWith(".rs") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException e) {
                throw new InputException(base.toString(), "cannot list the crate's source: " + e.getMessage());
            }
            for (Path p : paths) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String text = text(p, rel, skipped);
                if (text == null) {
                    continue;
                }
                SourceFile file = new SourceFile(rel, text);
                files.add(file);
                readFile(file, modulePath(name, rel), cfg, fns, uses, skipped);
            }
        }
        return new CrateSource(root, name, files, fns, uses, skipped, dependencies(manifest));
    }

    /** Reads one file's items into {@code fns}; items the grammar does not take are added to {@code skipped}. */
    static void readFile(SourceFile file, String modulePath, Cfg cfg, List<SourceFn> fns, List<UseDecl> uses,
            List<String> skipped) {
        RustFileParser parser = new RustFileParser(file);
        SourceTreeBuilder builder = new SourceTreeBuilder(file, fns, uses, cfg);
        parser.items(new Sink(builder, new SourceTreeBuilder.Scope(modulePath)));
        for (RustFileParser.Failure f : parser.failures()) {
            skipped.add(file.path() + ":" + f.line() + ":" + f.column() + ": near '" + f.near() + "'");
        }
    }

    /** Hands parsed items to the builder; for a module, impl or trait that failed, gives the scope of its body. */
    private record Sink(SourceTreeBuilder builder, SourceTreeBuilder.Scope scope) implements RustFileParser.ItemSink {
        @Override
        public void item(dev.typeheat.input.source.grammar.RustSourceParser.ItemContext item) {
            builder.item(item, scope);
        }

        @Override
        public RustFileParser.ItemSink inner(List<org.antlr.v4.runtime.Token> header) {
            for (int k = 0; k < header.size(); k++) {
                String t = header.get(k).getText();
                if ((t.equals("mod") || t.equals("trait")) && k + 1 < header.size()) {
                    return new Sink(builder, new SourceTreeBuilder.Scope(scope.path + "::" + header.get(k + 1).getText()));
                }
                if (t.equals("impl")) {
                    return new Sink(builder, builder.implScope(scope));
                }
                if (t.equals("fn")) {
                    return null;
                }
            }
            return null;
        }
    }

    /** {@code src/routes/api.rs} -> {@code app::routes::api}; a binary under {@code src/bin/x.rs} is crate {@code x}. */
    static String modulePath(String crate, String rel) {
        String p = rel.substring(0, rel.length() - ".rs".length());
        if (p.startsWith("src/bin/")) {
            String rest = p.substring("src/bin/".length());
            String bin = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            String inner = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1) : "";
            return join(bin.replace('-', '_'), inner.equals("main") ? "" : inner);
        }
        for (String top : new String[] {"src/", "examples/", "benches/", "tests/"}) {
            if (p.startsWith(top)) {
                p = p.substring(top.length());
                break;
            }
        }
        if (p.equals("main") || p.equals("lib")) {
            return crate;
        }
        if (p.endsWith("/mod")) {
            p = p.substring(0, p.length() - "/mod".length());
        }
        return join(crate, p);
    }

    private static String join(String crate, String modules) {
        return modules.isEmpty() ? crate : crate + "::" + modules.replace("/", "::");
    }

    /** Cargo.toml as a tree, or an empty one when the folder has none. */
    static JsonNode manifest(Path root) {
        Path manifest = root.resolve("Cargo.toml");
        if (!Files.isRegularFile(manifest)) {
            return new TomlMapper().createObjectNode();
        }
        try {
            return new TomlMapper().readTree(strictUtf8(manifest));
        } catch (CharacterCodingException e) {
            throw new InputException(manifest.toString(), "not UTF-8");
        } catch (IOException e) {
            throw new InputException(manifest.toString(), "not a readable Cargo.toml: " + firstLine(e.getMessage()));
        }
    }

    /** The crate's name as rustc knows it: the lib's or the package's name, {@code -} made {@code _}. */
    static String crateName(Path root, JsonNode manifest) {
        String name = manifest.path("lib").path("name").asText(manifest.path("package").path("name").asText(""));
        if (name.isEmpty()) {
            Path dir = root.toAbsolutePath().normalize().getFileName();
            name = dir == null ? "crate" : dir.toString();
        }
        return name.replace('-', '_');
    }

    /** {@code [dependencies]} by name with the version asked for ({@code "0.1"} or a table's {@code version}). */
    static java.util.Map<String, String> dependencies(JsonNode manifest) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        manifest.path("dependencies").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String name = v.path("package").asText(e.getKey());
            out.put(name, v.isTextual() ? v.asText() : v.path("version").asText(""));
        });
        return out;
    }

    /** The default features and the asked-for ones, with the features each of them turns on. */
    static Set<String> enabledFeatures(JsonNode manifest, Set<String> asked) {
        JsonNode table = manifest.path("features");
        Set<String> on = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(asked);
        table.path("default").forEach(n -> todo.add(n.asText()));
        while (!todo.isEmpty()) {
            String f = todo.pop();
            if (!on.add(f)) {
                continue;
            }
            table.path(f).forEach(n -> {
                String dep = n.asText();
                if (!dep.contains("/") && !dep.startsWith("dep:")) {
                    todo.add(dep);
                }
            });
        }
        return on;
    }

    private static String text(Path p, String rel, List<String> skipped) {
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                skipped.add(rel + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB, not read");
                return null;
            }
            return strictUtf8(p);
        } catch (CharacterCodingException e) {
            skipped.add(rel + ": not UTF-8, not read");
            return null;
        } catch (IOException e) {
            skipped.add(rel + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String strictUtf8(Path p) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
