package dev.typeheat.advice;

import dev.typeheat.input.Input;
import dev.typeheat.input.InputKind;
import dev.typeheat.input.InputUse;
import dev.typeheat.input.ReadSummary;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import dev.typeheat.measure.Measurer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What {@code typeheat profile} reads: self-profiles and Chrome traces, each with its slowest obligations ranked. */
public final class ProfileInputs implements InputUse {
    /** One profile and the obligations over its largest types. */
    public record Result(ProfileData profile, List<Obligation> obligations) {
    }

    private final ObligationRanking ranking = new ObligationRanking(new Measurer());
    private final Set<String> labels;
    private final List<Result> results = new ArrayList<>();

    /** {@code labels}: only obligations of these queries (empty: all). */
    public ProfileInputs(Set<String> labels) {
        this.labels = labels;
    }

    @Override
    public String command() {
        return "profile";
    }

    @Override
    public boolean reads(InputKind kind) {
        return kind == InputKind.SELF_PROFILE || kind == InputKind.CHROME_TRACE;
    }

    @Override
    public InputKind fallback() {
        return InputKind.SELF_PROFILE;
    }

    @Override
    public boolean showsEachInput() {
        return true;
    }

    @Override
    public ReadSummary read(Input in, InputKind kind) {
        ReadSummary summary = new ReadSummary(in.name(), kind);
        ParseAhead ahead = ranking.parseAhead(labels);
        ProfileData data;
        try {
            data = ProfileReader.read(in, ahead);
        } catch (RuntimeException | Error e) {
            ahead.cancel();
            throw e;
        }
        summary.record(data.events());
        data.skipped().forEach((reason, count) -> summary.skip(reason, count));
        data.warnings().forEach(w -> summary.warn(0, w));
        results.add(new Result(data, ranking.rank(data, labels, ahead.finish())));
        return summary;
    }

    public List<Result> results() {
        return results;
    }
}
