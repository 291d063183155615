package dev.typeheat.advice;

import dev.typeheat.advice.checks.SlowObligationCheck;
import dev.typeheat.input.Cost;
import dev.typeheat.input.InputKind;
import dev.typeheat.measure.Measurer;
import dev.typeheat.types.Ty;
import dev.typeheat.types.TypeParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** slow-obligation needs profile costs; positive and negative side by side on a joined record. */
class ChecksTest {
    private final Ty type = new TypeParser().parse("warp::filter::or::Or<A, B>").root();
    private final Evidence where = new Evidence(InputKind.SELF_PROFILE, "p.mm_profdata", 0, "evaluate_obligation");

    @Test
    void slowObligationFiresOverThreshold() {
        TypeTable table = new TypeTable();
        table.add(type, where, Cost.queryTime(900_000_000L, 3), "warp::Future");
        TypeRecord r = table.get(type);
        var msg = new SlowObligationCheck().test(r, new Measurer().measure(type), null, LintConfig.DEFAULTS, true);
        assertTrue(msg.isPresent());
        assertTrue(msg.get().contains("900.00ms proving `warp::Future` (3 queries"), msg.get());
    }

    @Test
    void fastObligationIsFine() {
        TypeTable table = new TypeTable();
        table.add(type, where, Cost.queryTime(400_000_000L, 3), "warp::Future");
        assertTrue(new SlowObligationCheck().test(table.get(type), new Measurer().measure(type), null,
                LintConfig.DEFAULTS, true).isEmpty());
    }
}
