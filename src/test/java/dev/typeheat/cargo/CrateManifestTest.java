package dev.typeheat.cargo;

import dev.typeheat.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrateManifestTest {
    @TempDir
    Path tmp;

    @Test
    void crateNamesAreWhatRustcCallsThePackagesCrates() throws IOException {
        Path toml = tmp.resolve("Cargo.toml");
        Files.writeString(toml, """
                [package]
                name = "my-server"   # a comment with "name = quoted"
                version = "0.1.0"

                [lib]
                name = "server_core"

                [[bin]]
                name = "serve-http"
                path = "src/main.rs"

                [dependencies]
                name = { version = "1" }
                """);
        CrateManifest m = CrateManifest.read(toml);
        assertEquals("my-server", m.packageName());
        assertEquals(List.of("my_server", "server_core", "serve_http", "bench_x"),
                List.copyOf(m.crateNames(new CargoArgs.Selection(null, false, null, null, "bench-x"))));
    }

    @Test
    void aWorkspaceRootWithoutPackageIsVirtual() throws IOException {
        Path toml = tmp.resolve("Cargo.toml");
        Files.writeString(toml, "[workspace]\nmembers = [\"a\", \"b\"]\n");
        assertTrue(CrateManifest.read(toml).isVirtual());
    }

    @Test
    void invalidUtf8IsBadInputAtItsLineAndColumn() throws IOException {
        Path toml = tmp.resolve("Cargo.toml");
        byte[] head = "[package]\nname = \"a".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xff;
        bytes[head.length + 1] = '"';
        Files.write(toml, bytes);
        InputException e = assertThrows(InputException.class, () -> CrateManifest.read(toml));
        assertEquals(toml + ":2:10: not UTF-8 (byte 0xff); cargo needs Cargo.toml in UTF-8", e.oneLine());
    }

    @Test
    void invalidTomlIsBadInputWithItsPlace() throws IOException {
        Path toml = tmp.resolve("Cargo.toml");
        Files.writeString(toml, "[package]\nname = \n");
        InputException e = assertThrows(InputException.class, () -> CrateManifest.read(toml));
        assertTrue(e.oneLine().startsWith(toml + ":2:"), e.oneLine());
    }

    @Test
    void theManifestIsFoundUpwardsAsCargoFindsIt() throws IOException {
        Files.writeString(tmp.resolve("Cargo.toml"), "[package]\nname = \"a\"\n");
        Files.createDirectories(tmp.resolve("src/deep"));
        assertEquals(tmp.resolve("Cargo.toml").toAbsolutePath(), CrateManifest.find(tmp.resolve("src/deep")));
    }
}
