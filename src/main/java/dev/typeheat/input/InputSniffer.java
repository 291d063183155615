package dev.typeheat.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells what kind of input a file is from its first bytes (decompressed) and, for long-type files, its name. */
public final class InputSniffer {
    private static final int HEAD = 16 * 1024;
    private static final Pattern LONG_TYPE_NAME = Pattern.compile(".*\\.long-type(-\\d+)?\\.txt$");
    private static final Pattern LLVM_LINES_ROW = Pattern.compile("(?m)^\\s*\\d+\\s+\\(\\s*[\\d.]+%[^)]*\\)\\s+\\d+\\s+\\(");
    private static final Pattern NM_LINE = Pattern.compile("(?m)^[0-9a-fA-F]{8,16} [A-Za-z] \\S");
    private static final Pattern RUSTC_ERROR = Pattern.compile("(?m)^(error|warning)(\\[E\\d{4}\\])?: |^\\s+--> \\S");

    private InputSniffer() {
    }

    public static Optional<InputKind> sniff(Path file) {
        String name = file.getFileName().toString();
        if (LONG_TYPE_NAME.matcher(name).matches()) {
            return Optional.of(InputKind.LONG_TYPES);
        }
        byte[] head;
        try (InputStream in = InputFiles.open(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        return sniff(head);
    }

    static Optional<InputKind> sniff(byte[] head) {
        if (head.length >= 4 && head[0] == 'M' && head[1] == 'M' && head[2] == 'P' && head[3] == 'D') {
            return Optional.of(InputKind.SELF_PROFILE);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            if (text.contains("\"traceEvents\"") || (text.contains("\"ph\"") && text.contains("\"ts\""))) {
                return Optional.of(InputKind.CHROME_TRACE);
            }
            if (text.contains("\"instantiation_count\"")) {
                return Optional.of(InputKind.MONO_STATS);
            }
            if (text.contains("\"$message_type\"") || text.contains("\"reason\":\"compiler-")
                    || text.contains("\"reason\":\"build-") || text.contains("\"rendered\"")) {
                return Optional.of(InputKind.RUSTC_JSON);
            }
        }
        if (text.startsWith("; ModuleID") || text.contains("\ndefine ") || text.startsWith("define ")) {
            return Optional.of(InputKind.LLVM_IR);
        }
        if (text.contains("print-type-size type: `")) {
            return Optional.of(InputKind.TYPE_SIZES);
        }
        if (text.contains("| Item | Instantiation count")) {
            return Optional.of(InputKind.MONO_STATS);
        }
        if ((text.contains("Lines") && text.contains("Copies") && text.contains("Function name"))
                || LLVM_LINES_ROW.matcher(text).find()) {
            return Optional.of(InputKind.LLVM_LINES);
        }
        if (RUSTC_ERROR.matcher(text).find()) {
            return Optional.of(InputKind.RUSTC_ERRORS);
        }
        if (NM_LINE.matcher(text).find() || text.contains("_ZN") || text.contains("_R")) {
            return Optional.of(InputKind.SYMBOLS);
        }
        return Optional.empty();
    }
}
