package dev.typeheat.cargo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ToolchainTest {
    @Test
    void theUsersOwnCargoIsTheOneThatStartedUs() {
        assertEquals(List.of("/home/u/.rustup/toolchains/stable/bin/cargo"),
                Toolchain.usersOwn().cargo(Map.of("CARGO", "/home/u/.rustup/toolchains/stable/bin/cargo")));
        assertEquals(List.of("cargo"), Toolchain.usersOwn().cargo(Map.of()));
    }

    @Test
    void aNamedToolchainRunsThroughRustupWhateverStartedUs() {
        assertEquals(List.of("rustup", "run", "nightly", "cargo"),
                Toolchain.named("nightly").cargo(Map.of("CARGO", "/usr/bin/cargo")));
        assertThrows(CargoRequestException.class, () -> Toolchain.named(" "));
        assertThrows(CargoRequestException.class, () -> Toolchain.named("+nightly"));
    }
}
