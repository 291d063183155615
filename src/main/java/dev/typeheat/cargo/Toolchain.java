package dev.typeheat.cargo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which Rust toolchain measures the crate. By default the user's own: the cargo that started us
 * ({@code $CARGO}) or the {@code cargo} on PATH, run in the user's directory so rustup's overrides and
 * {@code rust-toolchain.toml} choose as they always do. A named toolchain ({@code --toolchain nightly}) runs
 * through {@code rustup run NAME cargo}, and must be installed.
 */
public final class Toolchain {
    private final String name;

    private Toolchain(String name) {
        this.name = name;
    }

    public static Toolchain usersOwn() {
        return new Toolchain(null);
    }

    public static Toolchain named(String name) {
        if (name == null || name.isBlank() || name.startsWith("-") || name.startsWith("+")) {
            throw new CargoRequestException("--toolchain needs a toolchain name such as stable or nightly");
        }
        return new Toolchain(name);
    }

    public boolean isUsersOwn() {
        return name == null;
    }

    /** The command that starts cargo, before its arguments. */
    List<String> cargo(Map<String, String> env) {
        if (name != null) {
            return List.of("rustup", "run", name, "cargo");
        }
        String fromCargo = env.get("CARGO");
        return List.of(fromCargo != null && !fromCargo.isBlank() ? fromCargo : "cargo");
    }

    /** Fails with the installed toolchains named when a named toolchain is not installed. */
    void check(Processes processes) {
        if (name == null) {
            return;
        }
        Processes.Captured version;
        try {
            version = processes.capture(List.of("rustup", "run", name, "rustc", "--version"), Map.of());
        } catch (RuntimeException e) {
            throw new CargoRequestException("--toolchain " + name + " needs rustup, which cannot be run here ("
                    + e.getMessage() + "); without --toolchain typeheat measures with your own cargo");
        }
        if (version.exitCode() != 0) {
            throw new CargoRequestException("--toolchain " + name + ": not installed (installed: "
                    + installed(processes) + "; `rustup toolchain install " + name + "` adds it)");
        }
    }

    private static String installed(Processes processes) {
        Processes.Captured list = processes.capture(List.of("rustup", "toolchain", "list"), Map.of());
        List<String> names = new ArrayList<>();
        for (String line : list.out().split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip().split("\\s+")[0]);
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** For messages: {@code your toolchain} or {@code toolchain nightly}. */
    public String describe() {
        return name == null ? "your own toolchain (the one cargo picks in this directory)" : "toolchain " + name;
    }
}
