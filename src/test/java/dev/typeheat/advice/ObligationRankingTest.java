package dev.typeheat.advice;

import dev.typeheat.TestCorpus;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.input.profile.ProfileReader;
import dev.typeheat.measure.Measurer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Query arguments parsed on several threads rank exactly as parsed on one. */
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

    private static List<String> printed(List<Obligation> obligations) {
        return obligations.stream().map(o -> o.type() + " | " + o.trait() + " | " + o.label() + " | " + o.count()
                + " | " + o.selfNanos() + " | " + o.maxNanos() + " | " + o.metrics()).toList();
    }
}
