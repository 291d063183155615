package dev.typeheat.input.ir;

import dev.typeheat.demangle.Demangler;
import dev.typeheat.input.InputException;
import dev.typeheat.input.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Counts LLVM IR the way cargo-llvm-lines does, streaming bytes: a function runs from a line starting
 * with {@code define } to a line that is exactly {@code }}; its lines are the body lines that start with
 * exactly two spaces. Only {@code define} lines are decoded; each distinct symbol is demangled once.
 */
public final class IrReader {
    private static final int BUFFER = 1 << 20;
    private static final Pattern HASH = Pattern.compile("::h[0-9a-f]{16}$");

    private final Map<String, String> names = new HashMap<>();

    /** Reads {@code file} and hands every function to {@code out}. Returns the number of lines read. */
    public long read(Path file, Consumer<IrFunction> out) {
        try (InputStream in = InputFiles.open(file)) {
            return read(in, file.toString(), out);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    long read(InputStream in, String where, Consumer<IrFunction> out) throws IOException {
        byte[] buf = new byte[BUFFER];
        int len = 0;
        long lineNo = 0;
        boolean inFunction = false;
        long count = 0;
        String symbol = null;
        long defineLine = 0;
        while (true) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
            int start = 0;
            for (int i = 0; i < len; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                lineNo++;
                int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                if (inFunction) {
                    if (end - start == 1 && buf[start] == '}') {
                        emit(symbol, count, defineLine, out);
                        inFunction = false;
                    } else if (end - start >= 2 && buf[start] == ' ' && buf[start + 1] == ' '
                            && (end - start == 2 || buf[start + 2] != ' ')) {
                        count++;
                    }
                } else if (end - start > 7 && buf[start] == 'd' && startsWith(buf, start, "define ")) {
                    symbol = symbolOf(buf, start, end);
                    defineLine = lineNo;
                    count = 0;
                    inFunction = true;
                }
                start = i + 1;
            }
            // keep the unfinished last line for the next read
            len -= start;
            System.arraycopy(buf, start, buf, 0, len);
            if (len == buf.length) {
                byte[] bigger = new byte[buf.length * 2];
                System.arraycopy(buf, 0, bigger, 0, len);
                buf = bigger;
            }
        }
        if (len > 0) {
            lineNo++;
            if (inFunction && len == 1 && buf[0] == '}') {
                emit(symbol, count, defineLine, out);
                inFunction = false;
            }
        }
        return lineNo;
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
        return HASH.matcher(demangled).replaceFirst("");
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

    private static boolean startsWith(byte[] b, int at, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (b[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
