package dev.typeheat.advice;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.profile.MmProfileReader;
import dev.typeheat.input.profile.ProfileArgument;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.ParsedType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Query arguments parsed on several threads, or while the profile is read, rank exactly as parsed on one. */
class ObligationRankingTest {
    @Test
    void severalParsingThreadsRankLikeOne() {
        ProfileData profile = ProfileReader.read(TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz"));
        assertTrue(profile.arguments().size() > 100, "enough arguments to share: " + profile.arguments().size());
        List<String> one = printed(new ObligationRanking(new Measurer(), 1).rank(profile, Set.of()));
        List<String> four = printed(new ObligationRanking(new Measurer(), 4).rank(profile, Set.of()));
        assertTrue(one.size() > 50, "obligations: " + one.size());
        assertEquals(one, four);
    }

    @Test
    void argumentsParsedWhileTheProfileIsReadRankAsParsedAfterwards() {
        Path gz = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");
        ObligationRanking ranking = new ObligationRanking(new Measurer(), 2);
        ParseAhead ahead = ranking.parseAhead(Set.of());
        ProfileData profile = new MmProfileReader().read(gz, gz.toString(), ahead);
        Map<String, ParsedType> ready = ahead.finish();
        assertTrue(ready.size() > 100, "parsed while reading: " + ready.size());
        assertEquals(printed(new ObligationRanking(new Measurer(), 1).rank(profile, Set.of())),
                printed(ranking.rank(profile, Set.of(), ready)));
    }

    @Test
    void onlyTheChosenQueriesArgumentsAreParsedAhead() {
        Path gz = TestCorpus.project("profile/iter_app-0025333.mm_profdata.gz");
        ObligationRanking ranking = new ObligationRanking(new Measurer(), 2);
        ParseAhead ahead = ranking.parseAhead(Set.of("evaluate_obligation"));
        ProfileData profile = new MmProfileReader().read(gz, gz.toString(), ahead);
        Set<String> chosen = profile.arguments().stream().filter(a -> a.label().equals("evaluate_obligation"))
                .map(ProfileArgument::text).collect(Collectors.toSet());
        Map<String, ParsedType> ready = ahead.finish();
        assertTrue(!ready.isEmpty() && chosen.containsAll(ready.keySet()), ready.size() + " parsed, " + chosen.size() + " chosen");
    }

    private static List<String> printed(List<Obligation> obligations) {
        return obligations.stream().map(o -> o.type() + " | " + o.trait() + " | " + o.label() + " | " + o.count()
                + " | " + o.selfNanos() + " | " + o.maxNanos() + " | " + o.metrics()).toList();
    }
}
