package dev.typeheat.cargo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreflightTest {
    @Test
    void rustcOptionsAreWhatFollowsTheDoubleDash() {
        assertDoesNotThrow(() -> Preflight.onlyAfterDoubleDash(List.of("cargo", "--release", "--", "-C", "opt-level=1"),
                List.of("-C", "opt-level=1"), "report"));
        assertDoesNotThrow(() -> Preflight.onlyAfterDoubleDash(List.of("cargo", "suggest"), List.of(), "report"));
        CargoRequestException e = assertThrows(CargoRequestException.class,
                () -> Preflight.onlyAfterDoubleDash(List.of("cargo", "sugest", "--release"), List.of("sugest"), "report, suggest"));
        assertEquals("unexpected argument 'sugest': sub-commands are report, suggest; rustc options go after --", e.getMessage());
    }
}
