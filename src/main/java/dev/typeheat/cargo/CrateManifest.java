package dev.typeheat.cargo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.typeheat.input.InputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code Cargo.toml} as far as typeheat needs it: the package's name, the names rustc gives its crates
 * (the {@code [lib]} and {@code [[bin]]} names, hyphens as underscores) and the directories of its path
 * dependencies. Read with a TOML parser; a file that
 * is not UTF-8 or not TOML is bad input with its line and column.
 */
public record CrateManifest(Path path, String packageName, String libName, List<String> binNames,
                            List<Path> pathDependencies) {

    /** The nearest {@code Cargo.toml} at or above {@code dir}, as cargo looks for it, or null. */
    public static Path find(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("Cargo.toml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static CrateManifest read(Path path) {
        JsonNode toml;
        try {
            toml = new TomlMapper().readTree(utf8(path));
        } catch (JsonProcessingException e) {
            throw new InputException(path.toString(), e.getLocation() != null ? e.getLocation().getLineNr() : 0,
                    e.getLocation() != null ? e.getLocation().getColumnNr() : 0, "invalid TOML: " + e.getOriginalMessage());
        }
        JsonNode pkg = toml.path("package");
        String name = pkg.path("name").isTextual() ? pkg.path("name").asText() : null;
        String lib = toml.path("lib").path("name").isTextual() ? toml.path("lib").path("name").asText() : null;
        List<String> bins = new java.util.ArrayList<>();
        for (JsonNode bin : toml.path("bin")) {
            if (bin.path("name").isTextual()) {
                bins.add(bin.path("name").asText());
            }
        }
        List<Path> paths = new java.util.ArrayList<>();
        addPathDependencies(toml, path.toAbsolutePath().getParent(), paths);
        for (JsonNode target : toml.path("target")) {
            addPathDependencies(target, path.toAbsolutePath().getParent(), paths);
        }
        return new CrateManifest(path, name, lib, List.copyOf(bins), List.copyOf(paths));
    }

    private static void addPathDependencies(JsonNode table, Path dir, List<Path> out) {
        for (String section : List.of("dependencies", "dev-dependencies", "build-dependencies")) {
            for (JsonNode dep : table.path(section)) {
                if (dep.path("path").isTextual()) {
                    out.add(dir.resolve(dep.path("path").asText()).normalize());
                }
            }
        }
    }

    /** A workspace's root manifest without a package of its own. */
    public boolean isVirtual() {
        return packageName == null;
    }

    /**
     * The crate names rustc sees for this package's crates, and for the crate the user selected: what
     * {@code RUSTC_BOOTSTRAP} lists so that only they may use unstable options.
     */
    public Set<String> crateNames(CargoArgs.Selection selected) {
        Set<String> out = new LinkedHashSet<>();
        add(out, packageName);
        add(out, libName);
        binNames.forEach(n -> add(out, n));
        add(out, selected.bin());
        add(out, selected.example());
        add(out, selected.test());
        add(out, selected.bench());
        return out;
    }

    private static void add(Set<String> out, String name) {
        if (name != null) {
            out.add(name.replace('-', '_'));
        }
    }

    /** The file's text; an invalid UTF-8 sequence is reported at its line and column. */
    private static String utf8(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes);
            long line = 1;
            long column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new InputException(path.toString(), line, column,
                    String.format("not UTF-8 (byte 0x%02x); cargo needs Cargo.toml in UTF-8", bytes[bad] & 0xFF));
        }
    }

    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
