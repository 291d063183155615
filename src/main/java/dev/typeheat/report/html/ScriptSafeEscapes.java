package dev.typeheat.report.html;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON that may sit inside an HTML {@code <script>} element: {@code <}, {@code >}, {@code &} and the two
 * JavaScript line separators are written as {@code \u003c}-style escapes, so no input text (a closure
 * path containing {@code </script>}) can end the element or form markup.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] table;

    ScriptSafeEscapes() {
        table = standardAsciiEscapesForJSON();
        table['<'] = ESCAPE_STANDARD;
        table['>'] = ESCAPE_STANDARD;
        table['&'] = ESCAPE_STANDARD;
        table['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
