package dev.typeheat.input;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A file that holds type text a person pasted: one type per line, or, when the lines do not balance
 * their brackets on their own (a type pasted over several lines), the whole file as one type.
 */
public final class TypeTextReader implements SampleReader {
    @Override
    public InputKind kind() {
        return InputKind.TYPE_TEXT;
    }

    @Override
    public ReadSummary read(Path file, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(file.toString(), kind());
        String text = TypeText.read(InputFiles.open(file), file.toString());
        String[] lines = text.split("\n");
        boolean perLine = true;
        for (String line : lines) {
            if (!balanced(line)) {
                perLine = false;
                break;
            }
        }
        if (!perLine) {
            summary.record();
            out.accept(new Sample(text.strip(), kind(), file.toString(), 1, "type", Cost.NONE));
            return summary;
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                summary.skip("blank line(s)");
                continue;
            }
            summary.record();
            out.accept(new Sample(lines[i].strip(), kind(), file.toString(), i + 1, "type", Cost.NONE));
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
