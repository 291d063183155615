package dev.typeheat.input.profile;

import dev.typeheat.input.Cost;
import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.Sample;
import dev.typeheat.input.SampleReader;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Self-profiles as samples for the advice pipeline: each costly distinct query argument with its time. */
public final class ProfileSampleReader implements SampleReader {
    private final InputKind kind;

    public ProfileSampleReader(InputKind kind) {
        this.kind = kind;
    }

    @Override
    public InputKind kind() {
        return kind;
    }

    @Override
    public ReadSummary read(Input in, Consumer<Sample> out) {
        ReadSummary summary = new ReadSummary(in.name(), kind);
        ProfileData data = ProfileReader.read(in);
        data.skipped().forEach((reason, count) -> summary.skip(reason, count));
        data.warnings().forEach(w -> summary.warn(0, w));
        for (ProfileArgument a : data.arguments()) {
            summary.record();
            out.accept(new Sample(a.text(), kind, in.name(), 0, a.label(), Cost.queryTime(a.selfNanos(), a.count())));
        }
        long unanalysed = data.distinctArguments() - data.arguments().size();
        if (unanalysed > 0) {
            summary.skip("query arguments with little time (below the " + data.arguments().size() + " costliest)", unanalysed);
        }
        return summary;
    }
}
