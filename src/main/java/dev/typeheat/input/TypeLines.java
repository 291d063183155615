package dev.typeheat.input;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line of text reads as (part of) a Rust type rather than prose, code or a comment. Brackets
 * hold anything; outside them a type has at most one plain word between its operators and keywords
 * ({@code dyn Trait + Send}, {@code &'a mut Foo}, {@code Foo: Iterator}), and no {@code =}, {@code ;} or
 * sentence.
 */
public final class TypeLines {
    private static final Set<String> KEYWORDS = Set.of("dyn", "impl", "mut", "const", "unsafe", "extern", "fn",
            "for", "as", "where", "+", "->", "=>", "?", "&", "*", "...", "..", "…");

    private static final Pattern CARGO_STATUS = Pattern.compile("^\\s*(Compiling|Finished|Checking|Running|Fresh|Building"
            + "|Documenting|Downloaded|Downloading|Updating|Locking|Adding|Blocking|Installing|Installed|Packaging"
            + "|Verifying|Removing|Unpacking|Warning|Waiting)\\s+[^\\s<:(\\[,]");

    private TypeLines() {
    }

    /** A comment line: {@code # ...} (not {@code #[}/{@code #!}) or {@code // ...}. */
    public static boolean isComment(String line) {
        String s = line.stripLeading();
        return s.startsWith("//") || (s.startsWith("#") && !s.startsWith("#[") && !s.startsWith("#!["));
    }

    /** One of cargo's status lines ({@code Compiling app v0.1.0 (...)}, {@code Finished `release` profile ...}). */
    public static boolean isCargoStatus(String line) {
        return CARGO_STATUS.matcher(line).find();
    }

    public static boolean looksLikeType(String line) {
        String s = line.strip();
        if (s.isEmpty() || isComment(s) || isCargoStatus(s)) {
            return false;
        }
        StringBuilder top = new StringBuilder();
        int depth = 0;
        boolean anyPathChar = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean arrow = i > 0 && (s.charAt(i - 1) == '-' || s.charAt(i - 1) == '=');
            if (c == '<' || c == '(' || c == '[' || c == '{') {
                depth++;
                top.append(depth == 1 ? " (..) " : "");
                continue;
            }
            if ((c == '>' && !arrow) || c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == ':') {
                anyPathChar = true;
            }
            if (depth == 0) {
                top.append(c);
            }
        }
        if (!anyPathChar && depth == 0 && top.toString().isBlank()) {
            return true; // a closing fragment (`>,`) of a type pasted over several lines
        }
        String outside = top.toString();
        if (outside.contains(";") || outside.matches(".*[^=<>!-]=[^=>].*") || outside.contains("\"") && !outside.contains("extern \"")) {
            return false;
        }
        String previous = null;
        for (String token : outside.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean plain = !KEYWORDS.contains(token) && !token.equals("(..)") && token.matches("[A-Za-z_][\\w:']*")
                    && !token.endsWith(":");
            if (plain && previous != null) {
                return false; // two plain words in a row: prose, not a type
            }
            previous = plain ? token : null;
        }
        return anyPathChar;
    }
}
