package dev.typeheat.input;

import dev.typeheat.input.diag.LongTypeReader;
import dev.typeheat.input.diag.RustcErrorReader;
import dev.typeheat.input.diag.RustcJsonReader;
import dev.typeheat.input.diag.TypeSizesReader;
import dev.typeheat.input.ir.IrSampleReader;
import dev.typeheat.input.llvmlines.LlvmLinesSampleReader;
import dev.typeheat.input.mono.MonoStatsReader;
import dev.typeheat.input.profile.ProfileSampleReader;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The reader for each kind of input. */
public final class Readers {
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
    }

    private Readers() {
    }

    private static void register(SampleReader reader) {
        READERS.put(reader.kind(), reader);
    }

    public static Optional<SampleReader> forKind(InputKind kind) {
        return Optional.ofNullable(READERS.get(kind));
    }
}
