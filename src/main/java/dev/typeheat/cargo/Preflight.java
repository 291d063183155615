package dev.typeheat.cargo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of typeheat's own option values that must pass before a build of minutes starts. */
public final class Preflight {
    private Preflight() {
    }

    /** A file an option reads. */
    public static void readable(String option, Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new CargoRequestException(option + " " + file + ": no such file");
        }
    }

    /** A file an option writes: its folder must exist, and it must not be a folder. */
    public static void writable(String option, Path file) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CargoRequestException(option + " " + file + ": no folder " + parent + " to write it in");
        }
        if (Files.isDirectory(file)) {
            throw new CargoRequestException(option + " " + file + ": is a folder");
        }
    }

    /**
     * rustc's options are what follows {@code --}; any other bare word is a mistake (a misspelt sub-command).
     *
     * @param given     every argument as typed
     * @param rustcArgs the bare words picocli collected
     */
    public static void onlyAfterDoubleDash(List<String> given, List<String> rustcArgs, String subcommands) {
        int dash = given.indexOf("--");
        List<String> after = dash < 0 ? List.of() : given.subList(dash + 1, given.size());
        if (!after.equals(rustcArgs)) {
            String stray = rustcArgs.stream().filter(a -> !after.contains(a)).findFirst().orElse(rustcArgs.get(0));
            throw new CargoRequestException("unexpected argument '" + stray + "': sub-commands are " + subcommands
                    + "; rustc options go after --");
        }
    }

    /** Values a command would ignore are an error, not silence. */
    public static void none(String what, List<String> given, String why) {
        if (!given.isEmpty()) {
            throw new CargoRequestException(what + ": " + why + ", without them");
        }
    }
}
