package dev.typeheat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.typeheat.advice.Obligation;
import dev.typeheat.advice.ObligationRanking;
import dev.typeheat.input.profile.ProfileData;
import dev.typeheat.measure.Durations;
import dev.typeheat.measure.QueryRow;
import dev.typeheat.types.NodeLabel;
import dev.typeheat.types.TypePrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** What {@code typeheat profile} prints: summarize's top queries, then the slowest obligations as measured types. */
public final class ProfileReport {
    private final int top;
    private final int width;

    public ProfileReport(int top, int width) {
        this.top = top;
        this.width = width;
    }

    public void write(ProfileData profile, List<Obligation> obligations, OutputFormat format, OutputStream out)
            throws IOException {
        List<QueryRow> rows = profile.rows().subList(0, Math.min(top, profile.rows().size()));
        List<Obligation> shown = obligations.subList(0, Math.min(top, obligations.size()));
        if (format == OutputFormat.json) {
            JsonGenerator g = Json.writer(out, false);
            g.writeStartObject();
            g.writeStringField("file", profile.file());
            g.writeNumberField("totalCpuNanos", profile.totalCpuNanos());
            g.writeBooleanField("hasArguments", profile.hasArguments());
            g.writeArrayFieldStart("queries");
            for (QueryRow r : rows) {
                g.writeStartObject();
                g.writeStringField("label", r.label());
                g.writeNumberField("selfNanos", r.selfNanos());
                g.writeNumberField("totalNanos", r.totalNanos());
                g.writeNumberField("count", r.count());
                g.writeNumberField("cacheHits", r.cacheHits());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("obligations");
            for (Obligation o : shown) {
                g.writeStartObject();
                g.writeStringField("query", o.label());
                g.writeNumberField("selfNanos", o.selfNanos());
                g.writeNumberField("maxNanos", o.maxNanos());
                g.writeNumberField("count", o.count());
                if (o.trait() != null) {
                    g.writeStringField("trait", o.trait());
                } else {
                    g.writeNullField("trait");
                }
                g.writeNumberField("depth", o.metrics().depth());
                g.writeNumberField("nodes", o.metrics().nodes());
                g.writeStringField("type", TypePrinter.WITHOUT_HASHES.printShortened(o.type(), 20_000));
                g.writeEndObject();
            }
            g.writeEndArray();
            double rho = ObligationRanking.timeSizeCorrelation(obligations);
            if (!Double.isNaN(rho)) {
                g.writeNumberField("timeSizeCorrelation", Math.round(rho * 1000) / 1000.0);
            }
            Json.finish(g, out);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.printf("%s: %,d events, total cpu time %s%n%n", profile.file(), profile.events(),
                Durations.format(profile.totalCpuNanos()));
        int labelWidth = Math.max(20, Math.min(60, rows.stream().mapToInt(r -> r.label().length()).max().orElse(20)));
        w.printf("%-" + labelWidth + "s  %10s  %7s  %10s  %10s  %10s%n", "Query", "Self time", "% total", "Time",
                "Item count", "Cache hits");
        for (QueryRow r : rows) {
            w.printf(Locale.ROOT, "%-" + labelWidth + "s  %10s  %7s  %10s  %10d  %10d%n",
                    NodeLabel.shorten(r.label(), labelWidth), Durations.format(r.selfNanos()),
                    percent(r.selfNanos(), profile.totalCpuNanos()),
                    Durations.format(r.totalNanos()), r.count(), r.cacheHits());
        }
        w.println();
        if (!profile.hasArguments()) {
            w.println("This profile has no query arguments, so typeheat cannot tell which types the time went to.");
            w.println("Record them with: RUSTC_BOOTSTRAP=1 cargo rustc -- -Z self-profile -Z self-profile-events=default,args");
            w.flush();
            return;
        }
        w.printf("Slowest obligations (%,d distinct query arguments, the %,d costliest analysed):%n",
                profile.distinctArguments(), profile.arguments().size());
        w.printf("%10s  %10s  %7s  %5s  %7s  %-24s  %s%n", "Self time", "Slowest", "Count", "Depth", "Nodes", "Query / trait", "Type");
        int typeWidth = Math.max(30, width - 80);
        for (Obligation o : shown) {
            String what = o.trait() != null ? o.trait() : o.label();
            w.printf(Locale.ROOT, "%10s  %10s  %7d  %5d  %7d  %-24s  %s%n", Durations.format(o.selfNanos()),
                    Durations.format(o.maxNanos()), o.count(), o.metrics().depth(), o.metrics().nodes(),
                    NodeLabel.shorten(what, 24), TypePrinter.WITHOUT_HASHES.printShortened(o.type(), typeWidth));
        }
        double rho = ObligationRanking.timeSizeCorrelation(obligations);
        if (!Double.isNaN(rho)) {
            w.printf(Locale.ROOT, "%nTime vs type size: Spearman rank correlation %.2f over %,d obligations%s%n", rho,
                    obligations.size(), rho > 0.5 ? " (the big types are the slow ones)" : "");
        }
        w.flush();
    }

    /** A label's share of the total cpu time as summarize prints it: self / total x 100, three decimals. */
    public static String percent(long selfNanos, long totalNanos) {
        double share = totalNanos == 0 ? 0 : (double) selfNanos / (double) totalNanos * 100.0;
        return new java.math.BigDecimal(share).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
