package dev.typeheat.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input, opened once: a file, a named pipe, {@code <(cmd)}, {@code /dev/stdin} or standard input
 * ({@code -}). Its first bytes (decompressed) stay in the stream's buffer for {@link Formats} to look at, so
 * nothing is read twice and a pipe is never reopened; a reader then takes the stream from its start. Only a
 * plain, uncompressed regular file may also be opened again by path, for readers that need random access.
 */
public final class Input implements Closeable {
    /** The argument that means standard input. */
    public static final String STDIN = "-";
    /** How much of the start is kept for recognising the format. */
    static final int HEAD = 16 * 1024;

    private final String name;
    private final Path file;
    private final boolean regular;
    private final InputFiles.Compression compression;
    private final BufferedInputStream stream;
    private final byte[] head;

    private Input(String name, Path file, boolean regular, InputFiles.Compression compression,
                  BufferedInputStream stream) throws IOException {
        this.name = name;
        this.file = file;
        this.regular = regular;
        this.compression = compression;
        this.stream = stream;
        stream.mark(HEAD + 1);
        this.head = stream.readNBytes(HEAD);
        stream.reset();
    }

    /** Whether a command-line argument names standard input. */
    public static boolean isStdin(Path p) {
        return p.toString().equals(STDIN);
    }

    /** Opens {@code -} (standard input) or a file of any kind that can be read from start to end. */
    public static Input open(Path p) {
        if (isStdin(p)) {
            return stdin();
        }
        String where = p.toString();
        if (!Files.exists(p)) {
            throw new InputException(where, Files.isSymbolicLink(p) ? "dangling symbolic link" : "no such file");
        }
        if (Files.isDirectory(p)) {
            throw new InputException(where, "is a directory");
        }
        try {
            boolean regular = Files.isRegularFile(p);
            // FileInputStream, not Files.newInputStream: the latter's available() seeks, which a pipe refuses
            InputStream raw = new FileInputStream(p.toFile());
            if (regular) {
                long size = Files.size(p);
                if (size >= InputFiles.PROGRESS_FROM && Terminal.interactive()) {
                    raw = new ProgressInputStream(raw, p.getFileName().toString(), size);
                }
            }
            return fromRaw(where, p, regular, raw);
        } catch (FileNotFoundException e) {
            throw new InputException(where, InputFiles.cannotOpen(e, p));
        } catch (IOException e) {
            throw new InputException(where, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Standard input, read once like any stream. */
    public static Input stdin() {
        try {
            return fromRaw("<stdin>", null, false, System.in);
        } catch (IOException e) {
            throw new InputException("<stdin>", "cannot read: " + e.getMessage());
        }
    }

    /** An in-memory input (tests, and text given on the command line). */
    public static Input of(String name, byte[] bytes) {
        try {
            return fromRaw(name, null, false, new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage());
        }
    }

    private static Input fromRaw(String where, Path file, boolean regular, InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, InputFiles.BUFFER);
        buffered.mark(4);
        InputFiles.Compression compression = InputFiles.compressionOf(buffered.readNBytes(4));
        buffered.reset();
        InputStream decompressed = InputFiles.decompressed(buffered, where, regular);
        BufferedInputStream text = decompressed instanceof BufferedInputStream b ? b
                : new BufferedInputStream(decompressed, InputFiles.BUFFER);
        return new Input(where, file, regular, compression, text);
    }

    /** The name used in messages: the path as given, or {@code <stdin>}. */
    public String name() {
        return name;
    }

    /** The file's name without folders (for recognising rustc's long-type files), or null for stdin. */
    public String fileName() {
        return file == null || file.getFileName() == null ? null : file.getFileName().toString();
    }

    /** The path as given, when there is one (standard input has none). */
    public Optional<Path> path() {
        return Optional.ofNullable(file);
    }

    /** The folder other files named by this one are looked for in (the current one for standard input). */
    public Path folder() {
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    /**
     * The path of a plain (uncompressed) regular file, which a reader may open again for random access or
     * parallel slices; empty for streams and compressed files, which are read once through {@link #stream()}.
     */
    public Optional<Path> seekableFile() {
        return regular && compression == InputFiles.Compression.NONE ? Optional.of(file) : Optional.empty();
    }

    /**
     * The path of a regular file, compressed or not, for readers that make several passes over it (a
     * compressed self-profile is streamed once per pass); empty for pipes and standard input.
     */
    public Optional<Path> regularFile() {
        return regular ? Optional.of(file) : Optional.empty();
    }

    public InputFiles.Compression compression() {
        return compression;
    }

    /** The first bytes of the (decompressed) content, up to 16 KiB. */
    public byte[] head() {
        return head;
    }

    /** The (decompressed) content from its start. Read it once. */
    public InputStream stream() {
        return stream;
    }

    /** Receives one line. */
    public interface LineHandler {
        void line(long number, String text);
    }

    /**
     * Hands every line to {@code handler}, numbered from 1; a read error names the line. A line longer than
     * {@link #MAX_LINE} bytes is handed over cut to that length (the rest is read past, not kept) and noted:
     * see {@link #cutLines()}.
     */
    public void lines(LineHandler handler) {
        long[] at = {0};
        try {
            new LineSplitter(stream, MAX_LINE).forEach((number, text, length) -> {
                at[0] = number;
                if (length > text.length() && length > MAX_LINE) {
                    if (cutLines++ == 0) {
                        firstCut = number;
                        firstCutLength = length;
                    }
                }
                handler.line(number, text);
            });
        } catch (IOException e) {
            throw new InputException(name, at[0], 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The most of one line typeheat keeps (1 MiB): memory does not grow with the length of a line. */
    public static final int MAX_LINE = LineSplitter.MAX_LINE;

    private long cutLines;
    private long firstCut;
    private long firstCutLength;

    /** How many lines were longer than {@link #MAX_LINE} and read only up to it. */
    public long cutLines() {
        return cutLines;
    }

    /** The number of the first line cut at {@link #MAX_LINE} (0: none). */
    public long firstCutLine() {
        return firstCut;
    }

    /** What the read summary says of lines cut at {@link #MAX_LINE}, or null when none was. */
    public String cutWarning() {
        if (cutLines == 0) {
            return null;
        }
        return String.format("a line of %,d bytes: longer than the %d MiB typeheat reads of one line, so read and"
                + " measured up to %d MiB (marked truncated)%s", firstCutLength, MAX_LINE >> 20, MAX_LINE >> 20,
                cutLines > 1 ? String.format("; %,d more line(s) like it", cutLines - 1) : "");
    }

    @Override
    public void close() {
        try {
            if (file != null) {
                stream.close();
            }
        } catch (IOException ignored) {
            // nothing was written: a failed close loses nothing
        }
    }
}
