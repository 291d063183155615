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
import java.util.stream.Stream;

/**
 * The one reading path of every command: opens each PATH once ({@code -} is standard input; pipes and
 * {@code <(cmd)} are read as streams), walks directories, recognises each input by the {@link Formats}
 * table, hands it to the command's {@link InputUse}, and keeps what each input was read as and what was
 * skipped. A file named on the command line that is of a format the command does not read is an input
 * error; inside a directory it is skipped and listed. Files that others point to (long-type files named
 * in errors) are read once.
 */
public final class Inputs {
    private final InputUse use;
    private final List<ReadSummary> summaries = new ArrayList<>();
    private final List<String> unrecognized = new ArrayList<>();
    private final Set<Path> read = new HashSet<>();
    private int named;

    public Inputs(InputUse use) {
        this.use = use;
    }

    public Inputs read(List<Path> paths) {
        for (Path p : paths) {
            if (Input.isStdin(p)) {
                named++;
                try (Input in = Input.stdin()) {
                    readInput(in, true);
                }
            } else if (Files.isDirectory(p)) {
                int skippedBefore = unrecognized.size();
                List<Path> files = walk(p);
                int entries = files.size() + unrecognized.size() - skippedBefore;
                boolean any = false;
                for (Path f : files) {
                    any |= readFile(f, false);
                }
                if (!any) {
                    throw new InputException(p.toString(), entries == 0 ? "empty directory"
                            : "none of its " + entries + " file(s) is an input typeheat reads"
                            + (use.fallback() == InputKind.TYPE_TEXT ? "" : " with `" + use.command() + "`")
                            + (unrecognized.isEmpty() ? "" : " (" + String.join("; ", lastOf(unrecognized, 3)) + ")"));
                }
            } else {
                named++;
                readFile(p, true);
            }
        }
        return this;
    }

    /** Reads one file; returns whether it was read (now or before). */
    private boolean readFile(Path file, boolean isNamed) {
        Path key = file.toAbsolutePath().normalize();
        if (!read.add(key)) {
            return true;
        }
        try (Input in = Input.open(file)) {
            return readInput(in, isNamed);
        }
    }

    private boolean readInput(Input in, boolean isNamed) {
        Head head = Head.of(in);
        if (head.wholeAndBlank()) {
            return isNamed ? readNothing(in, head) : skip(in, false, ReadSummary.nothingIn(head.lines().size()), "");
        }
        Optional<Format> recognized = Formats.recognize(head);
        if (recognized.isPresent() && recognized.get().name().equals("binary data")
                && use.fallback() != InputKind.SELF_PROFILE) {
            // before a command of one kind reads it as its kind: binary bytes are no symbols or IR lines
            return skip(in, isNamed, "binary data", "");
        }
        Format format;
        String note = "";
        if (recognized.isPresent()) {
            format = recognized.get();
        } else if (isNamed && use.fallback() != null) {
            format = Formats.forKind(use.fallback());
            note = " (no known format recognised)";
        } else {
            return skip(in, isNamed, "no format typeheat reads", "");
        }
        if (isNamed && (!format.isRead() || !use.reads(format.kind())) && use.fallback() != null
                && use.fallback() != InputKind.TYPE_TEXT) {
            // a command of one kind (profile, lines, symbols) reads what it is given as that kind, so its
            // reader says precisely what is wrong ("not a self-profile: ...")
            format = Formats.forKind(use.fallback());
            note = " (not recognised as one)";
        }
        if (!format.isRead()) {
            return skip(in, isNamed, format.name(), format.hint());
        }
        if (!use.reads(format.kind())) {
            return skip(in, isNamed, format.name(), "`" + use.command() + "` does not read it; "
                    + commandsFor(format.kind()) + " do");
        }
        ReadSummary summary = use.read(in, format.kind());
        if (in.cutLines() > 0) {
            summary.warn(in.firstCutLine(), in.cutWarning());
        }
        summary.readAs(format.name() + note);
        summaries.add(summary);
        for (Path ref : summary.references()) {
            readFile(ref, false);
        }
        return true;
    }

    /**
     * A named input that is empty or only blank lines holds no record of any format: it is said as such
     * (not as read in the command's fallback format), and is an input error where each input is shown.
     */
    private boolean readNothing(Input in, Head head) {
        long blankLines = head.lines().size();
        if (use.showsEachInput()) {
            throw new InputException(in.name(), ReadSummary.nothingIn(blankLines) + ": nothing to show");
        }
        ReadSummary summary = new ReadSummary(in.name(), use.fallback() != null ? use.fallback() : InputKind.TYPE_TEXT);
        summary.empty();
        if (blankLines > 0) {
            summary.skip(ReadSummary.BLANK_LINES, blankLines);
        }
        summaries.add(summary);
        return true;
    }

    private boolean skip(Input in, boolean isNamed, String what, String hint) {
        if (isNamed && what.equals("binary data")) {
            long[] at = nulPosition(in.head());
            throw new InputException(in.name(), at[0], at[1], "binary data (a NUL byte), not an input typeheat reads");
        }
        if (isNamed) {
            throw new InputException(in.name(), what + ", not an input `" + use.command() + "` reads"
                    + (hint.isEmpty() ? "" : ": " + hint));
        }
        unrecognized.add(in.name() + " (" + what + ")");
        return false;
    }

    /** Line and column of the first NUL byte. */
    private static long[] nulPosition(byte[] head) {
        long line = 1;
        long column = 1;
        for (byte b : head) {
            if (b == 0) {
                break;
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new long[] {line, column};
    }

    /** The commands that read a kind, for the message when this one does not. */
    private static String commandsFor(InputKind kind) {
        switch (kind) {
            case SELF_PROFILE:
            case CHROME_TRACE:
                return "typeheat profile, suggest, lint and report";
            case LLVM_IR:
            case LLVM_LINES:
                return "typeheat lines, suggest, lint and report";
            case SYMBOLS:
                return "typeheat symbols, suggest, lint and report";
            default:
                return "typeheat explain, suggest, lint and report";
        }
    }

    private static List<String> lastOf(List<String> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }

    /**
     * The regular files under {@code dir} (symbolic links to files included). What is not read is said, with
     * why: dangling links, link loops, links to folders (not followed: they may lead anywhere, or back here),
     * pipes and devices (a pipe inside a folder may never end).
     */
    private List<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> regular = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    regular.add(p);
                } else if (!Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    unrecognized.add(p + " (" + notRead(p) + ")");
                }
            }
            return regular;
        } catch (NoSuchFileException e) {
            throw new InputException(dir.toString(), "no such directory");
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
        }
    }

    /** Why an entry of a folder that is neither a regular file nor a folder is not read. */
    private static String notRead(Path p) {
        if (!Files.isSymbolicLink(p)) {
            return "not a regular file";
        }
        try {
            Path target = p.toRealPath();
            return Files.isDirectory(target) ? "symbolic link to a folder, not followed" : "symbolic link to no regular file";
        } catch (NoSuchFileException e) {
            return "dangling symbolic link";
        } catch (java.nio.file.FileSystemException e) {
            return String.valueOf(e.getReason()).contains("levels of symbolic links") ? "symbolic link loop"
                    : "symbolic link that cannot be followed: " + e.getReason();
        } catch (IOException e) {
            return "symbolic link that cannot be followed: " + e.getMessage();
        }
    }

    public List<ReadSummary> summaries() {
        return summaries;
    }

    /** Files in directories that were skipped, each with what it is. */
    public List<String> unrecognized() {
        return unrecognized;
    }

    /** Records read from all inputs together. */
    public long records() {
        return summaries.stream().mapToLong(ReadSummary::records).sum();
    }

    /** How many inputs were named on the command line (files and standard input). */
    public int named() {
        return named;
    }
}
