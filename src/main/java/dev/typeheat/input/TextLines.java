package dev.typeheat.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a text input line by line (decompressing it), numbering lines from 1; read errors name the line. */
public final class TextLines {
    /** Receives one line. */
    public interface Handler {
        void line(long number, String text);
    }

    private TextLines() {
    }

    public static void forEach(Path file, Handler handler) {
        long number = 0;
        try (BufferedReader r = InputFiles.reader(file)) {
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                handler.line(++number, text);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), number, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
