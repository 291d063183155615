package dev.typeheat.input.ir;

import dev.typeheat.demangle.Demangler;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;
import dev.typeheat.input.ReadSummary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts LLVM IR the way cargo-llvm-lines does, streaming bytes: a function runs from a line starting
 * with {@code define } to a line that is exactly {@code }}; its lines are the body lines that start with
 * exactly two spaces. Only {@code define} lines are decoded; each distinct symbol is demangled once.
 */
public final class IrReader {
    private static final int BUFFER = 1 << 20;

    private final Map<String, String> names = new HashMap<>();
    /** Where metadata lines go, or null when nobody asked for the debug info (typeheat lines). */
    private final DebugInfo debugInfo;

    public IrReader() {
        this(null);
    }

    /** A reader that also collects the closures' source places from the debug info into {@code debugInfo}. */
    public IrReader(DebugInfo debugInfo) {
        this.debugInfo = debugInfo;
    }

    /** Uncompressed files larger than this are counted in parallel slices. */
    private static final long PARALLEL_FROM = 32L << 20;

    /** Reads an opened input: a big plain file in parallel slices by path, anything else from its one stream. */
    public long read(Input input, Consumer<IrFunction> out) {
        if (input.seekableFile().isPresent()) {
            return read(input.seekableFile().get(), out);
        }
        try {
            return read(input.stream(), input.name(), out);
        } catch (IOException e) {
            throw new InputException(input.name(), "cannot read: " + e.getMessage());
        }
    }

    /** Reads {@code file} and hands every function to {@code out}, in file order (line numbers count within a parallel slice). */
    public long read(Path file, Consumer<IrFunction> out) {
        try {
            if (Files.size(file) > PARALLEL_FROM && InputFiles.compressionOf(file) == InputFiles.Compression.NONE
                    && Runtime.getRuntime().availableProcessors() > 1) {
                return readParallel(file, out);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        try (InputStream in = InputFiles.open(file)) {
            return read(in, file.toString(), out);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads a plain {@code file} in parallel slices whatever its size (the warm-up runs this on a small file
     * so that the start-up archive holds the classes of the parallel path).
     */
    public long readInSlices(Path file, Consumer<IrFunction> out) {
        try {
            return readParallel(file, out);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** Reads IR text from a stream (no parallel slices). */
    public long read(InputStream in, String where, Consumer<IrFunction> out) throws IOException {
        return read(in, Long.MAX_VALUE, out);
    }

    /**
     * Counts functions whose {@code define} line starts before byte {@code startLimit} of the stream; one
     * that is still open there is read to its end. Lines before the first {@code define} are ignored, so a
     * slice may start anywhere on a line boundary. A line longer than {@link #MAX_LINE} is judged by its first
     * {@link #MAX_LINE} bytes and the rest read past, so memory does not grow with it.
     */
    long read(InputStream in, long startLimit, Consumer<IrFunction> out) throws IOException {
        Scan scan = new Scan(out);
        long offset = 0;
        byte[] buf = new byte[BUFFER];
        int len = 0;
        boolean pastLongLine = false;
        while (true) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
            int start = 0;
            if (pastLongLine) {
                int i = newline(buf, 0, len);
                if (i < 0) {
                    offset += len;
                    len = 0;
                    continue;
                }
                pastLongLine = false;
                start = i + 1;
            }
            for (int i = newline(buf, start, len); i >= 0; i = newline(buf, start, len)) {
                int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                if (offset + start >= startLimit && (!scan.inFunction || isDefine(buf, start, end))) {
                    if (scan.inFunction) {
                        unclosed(scan.defineLine); // the next slice's function began before this one closed
                    }
                    return scan.lineNo;
                }
                scan.line(buf, start, end);
                start = i + 1;
            }
            // keep the unfinished last line for the next read
            offset += start;
            len -= start;
            System.arraycopy(buf, start, buf, 0, len);
            if (len == buf.length) {
                if (buf.length >= MAX_LINE) {
                    if (offset >= startLimit && (!scan.inFunction || isDefine(buf, 0, len))) {
                        if (scan.inFunction) {
                            unclosed(scan.defineLine);
                        }
                        return scan.lineNo;
                    }
                    scan.line(buf, 0, len);
                    longLines++;
                    offset += len;
                    len = 0;
                    pastLongLine = true;
                } else {
                    byte[] bigger = new byte[buf.length * 2];
                    System.arraycopy(buf, 0, bigger, 0, len);
                    buf = bigger;
                }
            }
        }
        if (len > 0 && (scan.inFunction || offset < startLimit)) {
            scan.line(buf, 0, len);
        }
        if (scan.inFunction) {
            unclosed(scan.defineLine); // the file ends inside a function
        }
        return scan.lineNo;
    }

    /** The longest line kept whole (1 MiB, as for every input): a longer {@code define} name is cut there. */
    static final int MAX_LINE = Input.MAX_LINE;

    private long unclosed;
    private long firstUnclosed;
    private long longLines;

    private void unclosed(long defineLine) {
        if (unclosed++ == 0) {
            firstUnclosed = defineLine;
        }
    }

    /**
     * Says in {@code summary} what did not read as whole functions: a function without its closing
     * {@code }} (the next {@code define} or the end of the file came first) is not counted, and lines longer
     * than {@link #MAX_LINE} were cut.
     */
    public void reportTo(ReadSummary summary) {
        if (unclosed > 0) {
            summary.skip("function(s) without a closing } (not counted)", unclosed);
            summary.warn(firstUnclosed, "this function has no closing } before the next define or the end of the"
                    + " file: the file is damaged or cut short" + (unclosed > 1 ? " (" + unclosed + " such functions)" : ""));
        }
        if (longLines > 0) {
            summary.warn(0, String.format("%,d line(s) longer than %d MiB: read up to %d MiB", longLines,
                    MAX_LINE >> 20, MAX_LINE >> 20));
        }
    }

    private static boolean isDefine(byte[] buf, int start, int end) {
        return end - start > 7 && buf[start] == 'd' && startsWith(buf, start, "define ");
    }

    /** The state of one pass over lines: in a function or not, and its lines so far. */
    private final class Scan {
        private final Consumer<IrFunction> out;
        long lineNo;
        boolean inFunction;
        long count;
        String symbol;
        long defineLine;

        Scan(Consumer<IrFunction> out) {
            this.out = out;
        }

        void line(byte[] buf, int start, int end) {
            lineNo++;
            if (inFunction) {
                if (end - start == 1 && buf[start] == '}') {
                    emit(symbol, count, defineLine, out);
                    inFunction = false;
                    return;
                } else if (end - start >= 2 && buf[start] == ' ' && buf[start + 1] == ' '
                        && (end - start == 2 || buf[start + 2] != ' ')) {
                    count++;
                    return;
                } else if (!isDefine(buf, start, end)) {
                    return;
                }
                unclosed(defineLine); // a define inside a function: the one before lost its closing brace
            }
            if (isDefine(buf, start, end)) {
                symbol = symbolOf(buf, start, end);
                defineLine = lineNo;
                count = 0;
                inFunction = true;
            } else if (debugInfo != null && end > start && buf[start] == '!') {
                debugInfo.line(buf, start, end);
            }
        }
    }

    /**
     * Counts a plain file on all cores: equal byte slices starting on line boundaries; each slice counts
     * the functions that start in it (finishing the last one past its end) with its own demangling cache,
     * and the results are handed on in file order.
     */
    private long readParallel(Path file, Consumer<IrFunction> out) throws IOException {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        // many more slices than cores: the functions sit in the first part of a file, debug info after them
        int parts = cores * 8;
        List<Long> cuts = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            cuts.add(0L);
            for (int k = 1; k < parts; k++) {
                long at = lineAfter(ch, size * k / parts, size);
                if (at > cuts.get(cuts.size() - 1) && at < size) {
                    cuts.add(at);
                }
            }
            cuts.add(size);
        }
        List<Future<Slice>> slices = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(cores, cuts.size() - 1));
        try {
            for (int k = 0; k + 1 < cuts.size(); k++) {
                long from = cuts.get(k);
                long limit = cuts.get(k + 1) - from;
                slices.add(pool.submit(() -> {
                    List<IrFunction> found = new ArrayList<>();
                    DebugInfo info = debugInfo == null ? null : new DebugInfo();
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                        ch.position(from);
                        IrReader reader = new IrReader(info);
                        reader.read(Channels.newInputStream(ch), limit, found::add);
                        return new Slice(found, info, reader);
                    }
                }));
            }
            long functions = 0;
            for (Future<Slice> future : slices) {
                Slice slice = future.get();
                for (IrFunction f : slice.functions()) {
                    out.accept(f);
                    functions++;
                }
                if (debugInfo != null) {
                    debugInfo.merge(slice.debugInfo());
                }
                for (long u = 0; u < slice.reader().unclosed; u++) {
                    unclosed(0); // a slice's line numbers count from its own start
                }
                longLines += slice.reader().longLines;
            }
            return functions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one parallel slice found. */
    private record Slice(List<IrFunction> functions, DebugInfo debugInfo, IrReader reader) {
    }

    /** The offset just after the first newline at or after {@code from} (or {@code size}). */
    private static long lineAfter(FileChannel ch, long from, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        long pos = from;
        while (pos < size) {
            b.clear();
            int n = ch.read(b, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    private void emit(String symbol, long lines, long line, Consumer<IrFunction> out) {
        String name = names.computeIfAbsent(symbol, IrReader::cargoLlvmLinesName);
        out.accept(new IrFunction(name, symbol, isV0(symbol), lines, line));
    }

    private static boolean isV0(String symbol) {
        return symbol.startsWith("_R") || symbol.startsWith("__R");
    }

    /** cargo-llvm-lines' name: rustc-demangle's {@code {}} form with a trailing hash element cut. */
    static String cargoLlvmLinesName(String symbol) {
        String demangled = Demangler.demangleOrKeep(symbol, true);
        return endsWithHash(demangled) ? demangled.substring(0, demangled.length() - HASH_LENGTH) : demangled;
    }

    /** {@code ::h} and 16 lowercase hex digits: a legacy symbol's hash element. */
    private static final int HASH_LENGTH = 19;

    private static boolean endsWithHash(String s) {
        int from = s.length() - HASH_LENGTH;
        if (from < 0 || !s.startsWith("::h", from)) {
            return false;
        }
        for (int i = from + 3; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The text between the first {@code @} and the first {@code (} after it, quotes trimmed. */
    private static String symbolOf(byte[] b, int start, int end) {
        int at = -1;
        for (int i = start; i < end; i++) {
            if (b[i] == '@') {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return "";
        }
        int paren = end;
        for (int i = at + 1; i < end; i++) {
            if (b[i] == '(') {
                paren = i;
                break;
            }
        }
        String s = new String(b, at + 1, paren - at - 1, StandardCharsets.UTF_8);
        return trimQuotes(s);
    }

    private static String trimQuotes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '"') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '"') {
            to--;
        }
        return s.substring(from, to);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /**
     * The index of the first {@code '\n'} in {@code b[from..to)}, or -1. Eight bytes at a time: IR lines
     * average hundreds of bytes (debug metadata), and this search is most of the reading.
     */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (b[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
