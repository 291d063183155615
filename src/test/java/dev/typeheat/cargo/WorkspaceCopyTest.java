package dev.typeheat.cargo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copies to edit and build: no build output copied, path dependencies reachable, nothing outside deleted. */
class WorkspaceCopyTest {
    @TempDir
    Path tmp;

    @Test
    void copiesSourcesLinksOutsidePathDependenciesAndDeletesOnlyItself() throws IOException {
        Path crates = tmp.resolve("user/crates");
        Path app = crates.resolve("app");
        Path lib = crates.resolve("lib");
        Path util = tmp.resolve("user/util");
        Files.createDirectories(app.resolve("src"));
        Files.createDirectories(lib.resolve("src"));
        Files.createDirectories(util.resolve("src"));
        Files.writeString(app.resolve("Cargo.toml"), "[package]\nname = \"app\"\n[dependencies]\nlib = { path = \"../lib\" }\n");
        Files.writeString(app.resolve("src/main.rs"), "fn main() {}\n");
        Files.writeString(lib.resolve("Cargo.toml"), "[package]\nname = \"lib\"\n[dependencies]\nutil = { path = \"../../util\" }\n");
        Files.writeString(lib.resolve("src/lib.rs"), "pub fn f() {}\n");
        Files.writeString(util.resolve("Cargo.toml"), "[package]\nname = \"util\"\n");
        Files.createDirectories(app.resolve("target/release"));
        Files.writeString(app.resolve("target/CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n");
        Files.createDirectories(app.resolve(".git"));
        Files.writeString(app.resolve(".git/HEAD"), "ref: refs/heads/main\n");

        Path into = tmp.resolve("verify/after");
        WorkspaceCopy copy = WorkspaceCopy.create(into, app, List.of(lib));
        Path copiedApp = copy.map(app);
        assertEquals("fn main() {}\n", Files.readString(copiedApp.resolve("src/main.rs")));
        assertEquals(copiedApp.resolve("src/main.rs"), copy.map(app.resolve("src/main.rs")));
        assertFalse(Files.exists(copiedApp.resolve("target")), "build output copied");
        assertFalse(Files.exists(copiedApp.resolve(".git")), ".git copied");
        // ../lib and lib's ../../util resolve from the copy as from the original
        assertEquals("pub fn f() {}\n", Files.readString(copiedApp.resolve("../lib/src/lib.rs").normalize()));
        assertTrue(Files.isSymbolicLink(copiedApp.resolve("../lib").normalize()));
        assertTrue(Files.isRegularFile(copiedApp.resolve("../lib/../../util/Cargo.toml").normalize()));

        Files.writeString(copiedApp.resolve("src/main.rs"), "fn main() { edited(); }\n");
        assertEquals("fn main() {}\n", Files.readString(app.resolve("src/main.rs")));
        WorkspaceCopy.delete(tmp.resolve("verify"));
        assertFalse(Files.exists(tmp.resolve("verify"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("pub fn f() {}\n", Files.readString(lib.resolve("src/lib.rs")));
        assertTrue(Files.isRegularFile(util.resolve("Cargo.toml")));
        assertTrue(Files.isRegularFile(app.resolve("target/CACHEDIR.TAG")));
    }
}
