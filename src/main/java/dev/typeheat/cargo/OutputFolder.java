package dev.typeheat.cargo;

import dev.typeheat.input.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder typeheat writes a build's measurements into ({@code <target-dir>/typeheat/}). It may hold files
 * that are not typeheat's (a {@code --target-dir ..} next to a checkout named {@code typeheat}), so a ledger,
 * {@value #LEDGER}, lists every file typeheat wrote there; typeheat deletes and overwrites only those.
 */
public final class OutputFolder {
    static final String LEDGER = ".typeheat-files";
    private static final String HEADER = "# files typeheat wrote into this folder; it deletes or overwrites only these";

    private final Path dir;
    private final Set<String> written = new LinkedHashSet<>();

    private OutputFolder(Path dir) {
        this.dir = dir;
    }

    /** Opens (creating it when missing) the folder and reads its ledger. */
    public static OutputFolder open(Path dir) {
        OutputFolder folder = new OutputFolder(dir);
        Path ledger = dir.resolve(LEDGER);
        try {
            Files.createDirectories(dir);
            if (Files.exists(ledger)) {
                List<String> lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                    throw new InputException(ledger.toString(), 1, 1, "not typeheat's list of its files: "
                            + "typeheat will not write into this folder (choose another --target-dir)");
                }
                for (String name : lines.subList(1, lines.size())) {
                    if (isPlainName(name)) {
                        folder.written.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot use as typeheat's output folder: " + e.getMessage());
        }
        return folder;
    }

    public Path dir() {
        return dir;
    }

    /** Deletes what typeheat wrote here before, except {@code keep}; files typeheat did not write stay. */
    void removePrevious(Set<String> keep) {
        for (String name : List.copyOf(written)) {
            if (keep.contains(name)) {
                continue;
            }
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                throw new InputException(dir.resolve(name).toString(), "cannot delete typeheat's earlier output: " + e.getMessage());
            }
            written.remove(name);
        }
        saveLedger();
    }

    /**
     * The path for a file typeheat is about to write, recorded in the ledger first.
     *
     * @throws InputException when a file of that name is there and typeheat did not write it
     */
    public Path claim(String name) {
        check(name);
        if (!written.contains(name)) {
            written.add(name);
            saveLedger();
        }
        return dir.resolve(name);
    }

    /** Fails when {@code name} is taken by a file typeheat did not write (checked before a build starts). */
    void check(String name) {
        if (!isPlainName(name)) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        if (!written.contains(name) && Files.exists(dir.resolve(name))) {
            throw new InputException(dir.resolve(name).toString(), "exists and typeheat did not write it: "
                    + "not overwriting it (move it, or choose another --target-dir)");
        }
    }

    /** Records files a tool wrote into the folder on typeheat's behalf (rustc's self-profile). */
    void adopt(Path file) {
        if (dir.equals(file.getParent()) && written.add(file.getFileName().toString())) {
            saveLedger();
        }
    }

    /** Forgets a file typeheat has removed itself. */
    void forget(Path file) {
        if (written.remove(file.getFileName().toString())) {
            saveLedger();
        }
    }

    /** The names of the regular files in the folder now. */
    Set<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> out = new LinkedHashSet<>();
            files.filter(Files::isRegularFile).forEach(f -> out.add(f.getFileName().toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of typeheat's files in the folder. */
    public long bytes() {
        long total = 0;
        for (String name : written) {
            try {
                Path f = dir.resolve(name);
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            } catch (IOException ignored) {
                // gone meanwhile: counts nothing
            }
        }
        return total;
    }

    private void saveLedger() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(written);
        Path ledger = dir.resolve(LEDGER);
        Path next = dir.resolve(LEDGER + ".new");
        try {
            Files.write(next, lines, StandardCharsets.UTF_8);
            Files.move(next, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputException(ledger.toString(), "cannot write: " + e.getMessage());
        }
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && !name.contains("/")
                && !name.contains("\\") && !name.equals(LEDGER) && !name.equals(LEDGER + ".new");
    }
}
