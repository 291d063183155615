package dev.typeheat.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A file that holds type text a person pasted: one type per line, or, when the lines do not balance
 * their brackets on their own (a type pasted over several lines), the whole file as one type. Comment
 * lines ({@code # source: ...}, {@code // ...}) and cargo's status lines are skipped and counted.
 */
public final class TypeTextReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.TYPE_TEXT;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        String text = TypeText.read(in.stream(), in.name());
        String[] lines = text.split("\n");
        List<Integer> content = new ArrayList<>();
        boolean perLine = true;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                summary.skip("blank line(s)");
            } else if (TypeLines.isComment(lines[i])) {
                summary.skip("comment line(s)");
            } else if (TypeLines.isCargoStatus(lines[i])) {
                summary.skip("cargo status line(s)");
            } else {
                content.add(i);
                perLine &= balanced(lines[i]);
            }
        }
        if (!perLine) {
            StringBuilder joined = new StringBuilder();
            for (int i : content) {
                joined.append(lines[i].strip()).append(' ');
            }
            summary.record();
            out.accept(new Sample(joined.toString().strip(), kind(), in.name(), content.get(0) + 1, "type", Cost.NONE));
            return summary;
        }
        for (int i : content) {
            summary.record();
            out.accept(new Sample(lines[i].strip(), kind(), in.name(), i + 1, "type", Cost.NONE));
        }
        return summary;
    }

    private static boolean balanced(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == '>' && (i == 0 || (line.charAt(i - 1) != '-' && line.charAt(i - 1) != '=')))
                    || c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth == 0;
    }
}
