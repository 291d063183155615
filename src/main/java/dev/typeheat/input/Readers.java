package dev.typeheat.input;

import dev.typeheat.input.diag.LongTypeReader;
import dev.typeheat.input.diag.RustcErrorReader;
import dev.typeheat.input.diag.RustcJsonReader;
import dev.typeheat.input.diag.TypeSizesReader;
import dev.typeheat.input.ir.IrSampleReader;
import dev.typeheat.input.llvmlines.LlvmLinesSampleReader;
import dev.typeheat.input.mono.MonoStatsReader;
import dev.typeheat.input.profile.ProfileSampleReader;
import dev.typeheat.input.symbols.SymbolSampleReader;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sample reader for each kind of input, and the {@link InputUse} of the commands that take every kind
 * as samples (suggest, lint, report, diff, cargo): a file named on the command line that is no known
 * format is read as type text.
 */
public final class Readers implements InputUse {
    private static final Map<InputKind, SampleReader> READERS = new EnumMap<>(InputKind.class);

    static {
        register(new LongTypeReader());
        register(new TypeSizesReader());
        register(new RustcErrorReader());
        register(new RustcJsonReader());
        register(new MonoStatsReader());
        register(new TypeTextReader());
        register(new ProfileSampleReader(InputKind.SELF_PROFILE));
        register(new ProfileSampleReader(InputKind.CHROME_TRACE));
        register(new IrSampleReader());
        register(new LlvmLinesSampleReader());
        register(new SymbolSampleReader());
    }

    private final String command;
    private final Consumer<Sample> out;

    /** The use of a command that hands every sample of every input to {@code out}. */
    public Readers(String command, Consumer<Sample> out) {
        this.command = command;
        this.out = out;
    }

    private static void register(SampleReader reader) {
        READERS.put(reader.kind(), reader);
    }

    public static Optional<SampleReader> forKind(InputKind kind) {
        return Optional.ofNullable(READERS.get(kind));
    }

    @Override
    public String command() {
        return command;
    }

    @Override
    public boolean reads(InputKind kind) {
        return READERS.containsKey(kind);
    }

    @Override
    public InputKind fallback() {
        return InputKind.TYPE_TEXT;
    }

    @Override
    public ReadSummary read(Input input, InputKind kind) {
        return READERS.get(kind).read(input, out);
    }
}
