package dev.typeheat.cargo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CargoArgsTest {
    private static CargoArgs args(Path targetDir, Path manifest, boolean release, String profile, Integer jobs) {
        return new CargoArgs("app@0.1.0", new CargoArgs.Selection("server", false, null, null, null), List.of("tls", "json"),
                false, true, release, profile, null, targetDir, manifest, jobs, true, false, false,
                List.of("build.rustflags=[]"), 0, null);
    }

    @Test
    void relativePathsMeanPathsFromTheUsersDirectory() {
        CargoArgs a = args(Path.of("out/../build"), Path.of("crates/app/Cargo.toml"), true, null, null)
                .resolvedAgainst(Path.of("/home/user/work"));
        assertEquals(Path.of("/home/user/work/build"), a.targetDir());
        assertEquals(Path.of("/home/user/work/crates/app/Cargo.toml"), a.manifestPath());
        CargoArgs absolute = args(Path.of("/tmp/t"), null, true, null, null).resolvedAgainst(Path.of("/home/user"));
        assertEquals(Path.of("/tmp/t"), absolute.targetDir());
    }

    @Test
    void eachCargoCommandGetsWhatItAccepts() {
        CargoArgs a = args(Path.of("/tmp/t"), Path.of("/w/Cargo.toml"), true, null, 3);
        assertEquals(List.of("-p", "app@0.1.0", "--bin", "server", "--features", "tls", "--features", "json",
                "--no-default-features", "--release", "-j", "3", "--target-dir", "/tmp/t", "--manifest-path",
                "/w/Cargo.toml", "--config", "build.rustflags=[]", "--locked"), a.forBuild());
        assertEquals(List.of("-p", "app", "--release", "--target-dir", "/tmp/t", "--manifest-path", "/w/Cargo.toml",
                "--config", "build.rustflags=[]", "--locked"), a.forClean("app"));
        assertEquals(List.of("--manifest-path", "/w/Cargo.toml", "--config", "build.rustflags=[]", "--locked"),
                a.forMetadata());
        assertEquals("app", a.packageName());
        assertEquals("release", a.profileName());
    }

    @Test
    void conflictsAndImpossibleValuesAreUsageErrorsBeforeCargoStarts() {
        CargoRequestException both = assertThrows(CargoRequestException.class,
                () -> args(null, null, true, "bench", null).check());
        assertTrue(both.getMessage().contains("--release and --profile bench conflict"), both.getMessage());
        assertThrows(CargoRequestException.class, () -> args(null, null, false, null, 0).check());
        CargoRequestException missing = assertThrows(CargoRequestException.class,
                () -> args(null, Path.of("/nowhere/Cargo.toml"), false, null, null).check());
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        assertThrows(CargoRequestException.class,
                () -> args(null, Path.of("/etc/hostname"), false, null, null).check());
    }
}
