package dev.typeheat.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinesReportTest {
    private static String exact(double v) {
        return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void oneDecimalRoundsLikeRustsExactFormatting() {
        // halves of a tenth that are exact doubles round to even; the others by their exact binary value
        assertEquals("0.2", LinesReport.oneDecimal(0.25));
        assertEquals("0.8", LinesReport.oneDecimal(0.75));
        assertEquals("0.1", LinesReport.oneDecimal(0.15)); // 0.1499999...
        assertEquals("100.0", LinesReport.oneDecimal(100.0));
        assertEquals("0.0", LinesReport.oneDecimal(0.0));
        Random random = new Random(15);
        for (int i = 0; i < 200_000; i++) {
            long total = 1 + random.nextInt(5_000_000);
            long part = random.nextInt((int) Math.min(total + 1, Integer.MAX_VALUE));
            double p = part * 100.0 / total;
            assertEquals(exact(p), LinesReport.oneDecimal(p), () -> part + "/" + total);
        }
        for (int k = 0; k <= 4000; k++) {
            double p = k / 40.0; // every half of a tenth and its neighbours
            assertEquals(exact(p), LinesReport.oneDecimal(p));
            assertEquals(exact(Math.nextUp(p)), LinesReport.oneDecimal(Math.nextUp(p)));
            assertEquals(exact(Math.nextDown(p)), LinesReport.oneDecimal(Math.nextDown(p)));
        }
    }
}
