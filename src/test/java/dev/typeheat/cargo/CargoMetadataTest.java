package dev.typeheat.cargo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CargoMetadataTest {
    private static final CargoMetadata SERVER = new CargoMetadata(Path.of("/w/target"), Path.of("/w"),
            Map.of("my-server", Path.of("/w/Cargo.toml")),
            Map.of("my-server", List.of(new CargoMetadata.Target("lib", "my-server"),
                    new CargoMetadata.Target("bin", "my-server"), new CargoMetadata.Target("bin", "admin-tool"),
                    new CargoMetadata.Target("custom-build", "build-script-build"))),
            Set.of());

    @Test
    void everyCrateOfThePackageMayUseUnstableOptionsIncludingBinariesFoundInSrcBin() {
        assertEquals(Set.of("my_server", "admin_tool", "build_script_build"), SERVER.crateNames("my-server"));
    }

    @Test
    void severalCratesWithoutAChoiceIsAUsageErrorNamingThem() {
        CargoRequestException e = assertThrows(CargoRequestException.class,
                () -> SERVER.checkOneCrate("my-server", CargoArgs.Selection.DEFAULT));
        assertEquals("my-server has 3 crates (lib my-server, bin my-server, bin admin-tool): choose the one to "
                + "measure with --lib or --bin NAME", e.getMessage());
        assertDoesNotThrow(() -> SERVER.checkOneCrate("my-server", new CargoArgs.Selection(null, true, null, null, null)));
    }
}
