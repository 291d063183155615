package dev.typeheat.input.diag;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rustc -Z print-type-sizes} output: {@code print-type-size type: `TYPE`: N bytes, alignment: A bytes}.
 * It lists the full type of every layout rustc computed, closures and async blocks with their source
 * spans, so a build that succeeds still says where its big types are made.
 */
public final class TypeSizesReader implements SampleReader {
    private static final Pattern TYPE = Pattern.compile("^print-type-size type: `(.+)`: (\\d+) bytes");

    @Override
    public InputKind kind() {
        return InputKind.TYPE_SIZES;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind());
        in.lines((line, text) -> {
            Matcher m = TYPE.matcher(text);
            if (m.find()) {
                summary.record();
                out.accept(new Sample(m.group(1), kind(), in.name(), line, m.group(2) + " bytes", Cost.NONE));
            } else if (!text.startsWith("print-type-size ")) {
                summary.skip("other output line(s)");
            }
        });
        return summary;
    }
}
