package dev.typeheat.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the PATHs of a command: files by their sniffed kind, directories by walking them. A file named
 * on the command line that is no known kind is read as type text; inside a directory it is skipped and
 * counted. Files that others point to (long-type files named in errors) are read once.
 */
public final class Inputs {
    private final List<ReadSummary> summaries = new ArrayList<>();
    private final List<String> unrecognized = new ArrayList<>();
    private final Set<Path> read = new HashSet<>();

    public void read(List<Path> paths, Consumer<Sample> out) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = walk(p);
                boolean any = false;
                for (Path f : files) {
                    any |= readFile(f, false, out);
                }
                if (!any) {
                    throw new InputException(p.toString(), files.isEmpty() ? "empty directory"
                            : "none of its " + files.size() + " file(s) is an input typeheat reads (build output,"
                            + " self-profiles, LLVM IR, llvm-lines, nm, rustc errors or long-type files)");
                }
            } else {
                readFile(p, true, out);
            }
        }
    }

    /** Reads one file; returns whether it is an input typeheat reads (now or before). */
    private boolean readFile(Path file, boolean named, Consumer<Sample> out) {
        Path key = file.toAbsolutePath().normalize();
        if (!read.add(key)) {
            return true;
        }
        if (!Files.exists(file)) {
            throw new InputException(file.toString(), "no such file");
        }
        Optional<InputKind> kind = InputSniffer.sniff(file);
        if (kind.isEmpty() && named) {
            kind = Optional.of(InputKind.TYPE_TEXT);
        }
        Optional<SampleReader> reader = kind.flatMap(Readers::forKind);
        if (reader.isEmpty()) {
            unrecognized.add(file + (kind.isPresent() ? " (" + kind.get().description() + ": not supported yet)" : ""));
            return false;
        }
        ReadSummary summary = reader.get().read(file, out);
        summaries.add(summary);
        for (Path ref : summary.references()) {
            readFile(ref, false, out);
        }
        return true;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (NoSuchFileException e) {
            throw new InputException(dir.toString(), "no such directory");
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
        }
    }

    public List<ReadSummary> summaries() {
        return summaries;
    }

    /** Files in directories that are no input kind typeheat knows (skipped, listed in reports). */
    public List<String> unrecognized() {
        return unrecognized;
    }
}
