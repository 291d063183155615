package dev.typeheat.report.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Obligation time against type size: the rank correlation, and a sentence saying what it means for
 * the reader (does boxing big types pay off in this build, or does the time follow something else).
 */
final class Scatter {
    private Scatter() {
    }

    /** Spearman's rank correlation of the points' x and y (ties get the mean rank). */
    static double spearman(List<double[]> points) {
        int n = points.size();
        double[] rx = ranks(points, 0);
        double[] ry = ranks(points, 1);
        double mx = (n + 1) / 2.0;
        double cov = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < n; i++) {
            cov += (rx[i] - mx) * (ry[i] - mx);
            vx += (rx[i] - mx) * (rx[i] - mx);
            vy += (ry[i] - mx) * (ry[i] - mx);
        }
        return vx == 0 || vy == 0 ? 0 : cov / Math.sqrt(vx * vy);
    }

    private static double[] ranks(List<double[]> points, int k) {
        Integer[] idx = new Integer[points.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> points.get(i)[k]));
        double[] r = new double[idx.length];
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && points.get(idx[j + 1])[k] == points.get(idx[i])[k]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[idx[t]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    /** What the correlation says, in words. */
    static String sentence(List<double[]> points) {
        int n = points.size();
        if (n < 3) {
            return n == 0 ? "" : "Too few types with obligation time (" + n + ") to say how time follows size.";
        }
        double rho = spearman(points);
        String measured = String.format(Locale.ROOT, "Spearman rank correlation of size and time over %,d types: %.2f "
                + "(1: the largest types are always the slowest; 0: size says nothing about time). ", n, rho);
        if (Math.abs(rho) < 0.2) {
            return measured + "Here size says little about time: rustc's time follows the nesting of combinators "
                    + "and the number of distinct types more than tree size, so look at the chains, not the biggest types.";
        }
        if (rho < 0) {
            return measured + "Here the larger types took less time: the slow queries are over smaller, more deeply "
                    + "nested types (long combinator chains) that are proved many times.";
        }
        String strength = rho < 0.4 ? "a little" : rho < 0.7 ? "clearly" : "strongly";
        return measured + "Larger types " + strength + " tend to take longer here: boxing that shrinks the biggest "
                + "types should cut this time.";
    }

    /** Powers of ten from below {@code min} to above {@code max}: the log axis' labelled ticks. */
    static List<Double> decades(double min, double max) {
        List<Double> out = new ArrayList<>();
        double lo = Math.pow(10, Math.floor(Math.log10(Math.max(min, 1e-9))));
        double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(max, lo * 10))));
        for (double v = lo; v <= hi * 1.0001; v *= 10) {
            out.add(v);
        }
        return out;
    }
}
