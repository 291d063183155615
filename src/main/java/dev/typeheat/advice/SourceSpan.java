package dev.typeheat.advice;

import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the user's source, read from a closure or async block as rustc prints it:
 * {@code {closure@src/routes.rs:17:14: 17:45}} or {@code [closure@src/serve/mod.rs:158:38: 158:66]}.
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {
    private static final Pattern SPAN = Pattern.compile("@(.+?):(\\d+):(\\d+)(?:: (\\d+):(\\d+))?$");

    public static final Comparator<SourceSpan> ORDER = Comparator.comparing(SourceSpan::file)
            .thenComparingInt(SourceSpan::line).thenComparingInt(SourceSpan::column);

    /** The span of a CLOSURE node, if it is printed with one. */
    public static Optional<SourceSpan> of(Ty t) {
        if (t.kind() != TyKind.CLOSURE) {
            return Optional.empty();
        }
        Matcher m = SPAN.matcher(t.name());
        if (!m.find()) {
            return Optional.empty();
        }
        int line = Integer.parseInt(m.group(2));
        int col = Integer.parseInt(m.group(3));
        int endLine = m.group(4) != null ? Integer.parseInt(m.group(4)) : line;
        int endCol = m.group(5) != null ? Integer.parseInt(m.group(5)) : col;
        return Optional.of(new SourceSpan(m.group(1), line, col, endLine, endCol));
    }

    /** A place as rustc prints it after {@code -->}: {@code src/main.rs:12:5}. */
    public static Optional<SourceSpan> parse(String fileLineColumn) {
        Matcher m = Pattern.compile("^(.+):(\\d+):(\\d+)$").matcher(fileLineColumn);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int line = Integer.parseInt(m.group(2));
            int col = Integer.parseInt(m.group(3));
            return Optional.of(new SourceSpan(m.group(1), line, col, line, col));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True for the crate's own code: rustc prints those paths relative to the crate root, and
     * dependencies' and std's paths absolute ({@code /home/u/.cargo/registry/..}, {@code /rustc/<hash>/library/..}).
     */
    public boolean isUserCode() {
        return !file.startsWith("/") && !file.startsWith("\\") && !file.matches("^[A-Za-z]:[\\\\/].*")
                && !file.contains(".cargo/registry") && !file.contains(".cargo\\registry")
                && !file.startsWith("<");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
