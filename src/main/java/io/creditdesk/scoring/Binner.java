package io.creditdesk.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Optimal binning of one characteristic (CREDIT-MODEL.md §2).
 *
 * <p>Numeric: fine quantile bins, then the partition into contiguous groups of fine bins that has the
 * highest IV subject to: every bin ≥ the minimum share of rows with at least one good and one bad,
 * and the bad rate following the shape (ascending, descending, peak, valley). Because IV adds up over
 * bins, the best partition per shape is found exactly by dynamic programming over the fine bins
 * (no greedy merging, no solver). Special values and missing get their own bins.
 *
 * <p>Categorical: one bin per level holding at least the minimum share; rarer levels (and unseen ones at
 * scoring time) go to OTHER; bins are ordered by bad rate.
 */
public final class Binner {
    private static final double NEG = Double.NEGATIVE_INFINITY;
    private final FitSettings settings;

    public Binner(FitSettings settings) {
        this.settings = settings;
    }

    public BinnedVariable bin(LabelledData data, int column) {
        String name = data.name(column);
        if (data.type(column) == VariableType.NUMERIC) {
            return numeric(name, data.numeric(column), data.bad(), settings.specialsFor(name), settings.shapeFor(name));
        }
        return categorical(name, data.categorical(column), data.bad());
    }

    private long minCount(int n) {
        return Math.max(1, (long) Math.ceil(settings.minBinShare() * n - 1e-9));
    }

    // ------------------------------------------------------------------ numeric

    BinnedVariable numeric(String name, double[] x, boolean[] bad, double[] specials, Shape forced) {
        int n = x.length;
        long totalBads = 0;
        for (boolean b : bad) {
            if (b) {
                totalBads++;
            }
        }
        long totalGoods = n - totalBads;
        // split normal values by outcome; count missing and special values
        double[] goodVals = new double[n];
        double[] badVals = new double[n];
        int ng = 0;
        int nb = 0;
        long missG = 0;
        long missB = 0;
        long[] specG = new long[specials.length];
        long[] specB = new long[specials.length];
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                if (bad[i]) {
                    missB++;
                } else {
                    missG++;
                }
                continue;
            }
            int s = indexOf(specials, v);
            if (s >= 0) {
                if (bad[i]) {
                    specB[s]++;
                } else {
                    specG[s]++;
                }
                continue;
            }
            if (bad[i]) {
                badVals[nb++] = v;
            } else {
                goodVals[ng++] = v;
            }
        }
        goodVals = Arrays.copyOf(goodVals, ng);
        badVals = Arrays.copyOf(badVals, nb);
        Arrays.sort(goodVals);
        Arrays.sort(badVals);
        int m = ng + nb;
        double[] cuts = new double[0];
        Shape shape = forced == Shape.AUTO ? Shape.ASCENDING : forced;
        if (m > 0) {
            double[] all = mergeSorted(goodVals, badVals);
            double[] fine = fineCuts(all, settings.fineBins());
            int f = fine.length + 1;
            long[] fg = new long[f];
            long[] fb = new long[f];
            long prevG = 0;
            long prevB = 0;
            for (int k = 0; k < f; k++) {
                long cg = k < fine.length ? upperBound(goodVals, fine[k]) : ng;
                long cb = k < fine.length ? upperBound(badVals, fine[k]) : nb;
                fg[k] = cg - prevG;
                fb[k] = cb - prevB;
                prevG = cg;
                prevB = cb;
            }
            Partition best = choose(fg, fb, totalGoods, totalBads, minCount(n), forced);
            if (best != null) {
                shape = best.shape;
                int[] ends = best.ends;
                double[] c = new double[ends.length - 1];
                for (int k = 0; k < c.length; k++) {
                    c[k] = fine[ends[k]];
                }
                cuts = c;
                if (settings.chiSquareAlpha() > 0) {
                    cuts = chiSquareMerge(cuts, fine, fg, fb, settings.chiSquareAlpha());
                }
            }
        }
        // build bins
        int nr = cuts.length + 1;
        long[] rg = new long[nr];
        long[] rb = new long[nr];
        long prevG = 0;
        long prevB = 0;
        for (int k = 0; k < nr; k++) {
            long cg = k < cuts.length ? upperBound(goodVals, cuts[k]) : ng;
            long cb = k < cuts.length ? upperBound(badVals, cuts[k]) : nb;
            rg[k] = cg - prevG;
            rb[k] = cb - prevB;
            prevG = cg;
            prevB = cb;
        }
        List<Bin> bins = new ArrayList<>();
        for (int k = 0; k < nr; k++) {
            Double lo = k == 0 ? null : cuts[k - 1];
            Double hi = k == cuts.length ? null : cuts[k];
            bins.add(bin(rangeLabel(lo, hi), BinKind.RANGE, lo, hi, null, List.of(), rg[k], rb[k], totalGoods, totalBads));
        }
        int[] specialBin = new int[specials.length];
        for (int s = 0; s < specials.length; s++) {
            if (specG[s] + specB[s] > 0) {
                specialBin[s] = bins.size();
                bins.add(bin("= " + num(specials[s]), BinKind.SPECIAL, null, null, specials[s], List.of(), specG[s], specB[s],
                        totalGoods, totalBads));
            } else {
                specialBin[s] = -1;
            }
        }
        int missingBin = bins.size();
        bins.add(bin("missing", BinKind.MISSING, null, null, null, List.of(), missG, missB, totalGoods, totalBads));
        int[] rowBin = new int[n];
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                rowBin[i] = missingBin;
                continue;
            }
            int s = indexOf(specials, v);
            if (s >= 0) {
                rowBin[i] = specialBin[s] >= 0 ? specialBin[s] : missingBin;
                continue;
            }
            rowBin[i] = rangeIndex(cuts, v);
        }
        return new BinnedVariable(name, VariableType.NUMERIC, m > 0 ? shape : Shape.NONE, List.copyOf(bins),
                specials.clone(), rowBin, totalIv(bins));
    }

    /** Index of the range bin holding {@code v}: the first cut with v ≤ cut, else the last bin. */
    static int rangeIndex(double[] cuts, double v) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v <= cuts[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] fineCuts(double[] sorted, int k) {
        int m = sorted.length;
        double[] out = new double[k];
        int c = 0;
        double max = sorted[m - 1];
        for (int q = 1; q < k; q++) {
            int idx = (int) Math.ceil((double) q * m / k) - 1;
            if (idx < 0) {
                continue;
            }
            double v = sorted[idx];
            if (v < max) {
                double cut = niceCut(v, sorted[upperBound(sorted, v)]);
                if (c == 0 || cut > out[c - 1]) {
                    out[c++] = cut;
                }
            }
        }
        return Arrays.copyOf(out, c);
    }

    /**
     * The shortest decimal c with {@code v <= c < next}: every training value falls in the same bin as with
     * the cut at v, and the bin labels read "<= 0.03" instead of "<= 0.02710027100271003".
     */
    static double niceCut(double v, double next) {
        for (int digits = -6; digits <= 17; digits++) {
            double c = new BigDecimal(Double.toString(v)).setScale(digits, java.math.RoundingMode.CEILING).doubleValue();
            if (c >= v && c < next) {
                return c;
            }
        }
        return v;
    }

    private record Partition(Shape shape, int[] ends, double iv) {
    }

    private Partition choose(long[] fg, long[] fb, long totalGoods, long totalBads, long minCount, Shape forced) {
        if (forced != Shape.AUTO && forced != Shape.NONE) {
            return solve(fg, fb, totalGoods, totalBads, minCount, forced);
        }
        Partition asc = solve(fg, fb, totalGoods, totalBads, minCount, Shape.ASCENDING);
        Partition desc = solve(fg, fb, totalGoods, totalBads, minCount, Shape.DESCENDING);
        Partition best = better(asc, desc, 0);
        double gain = settings.nonMonotoneMinGain();
        best = better(best, solve(fg, fb, totalGoods, totalBads, minCount, Shape.PEAK), gain);
        best = better(best, solve(fg, fb, totalGoods, totalBads, minCount, Shape.VALLEY), gain);
        return best;
    }

    private static Partition better(Partition current, Partition candidate, double gain) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        return candidate.iv > current.iv * (1 + gain) + 1e-12 ? candidate : current;
    }

    /** Exact best-IV partition of the fine bins under the shape, by dynamic programming; null if none is feasible. */
    private static Partition solve(long[] fg, long[] fb, long totalGoods, long totalBads, long minCount, Shape shape) {
        int f = fg.length;
        long[] pg = new long[f + 1];
        long[] pb = new long[f + 1];
        for (int k = 0; k < f; k++) {
            pg[k + 1] = pg[k] + fg[k];
            pb[k + 1] = pb[k] + fb[k];
        }
        boolean firstUp = shape == Shape.ASCENDING || shape == Shape.PEAK;
        boolean turn = shape == Shape.PEAK || shape == Shape.VALLEY;
        // best[p][j][i]: best IV of fine bins 0..j, last group i..j, in phase p (0 before the turn, 1 after)
        double[][][] best = new double[2][f][f];
        int[][][] backH = new int[2][f][f];
        int[][][] backP = new int[2][f][f];
        for (double[][] a : best) {
            for (double[] r : a) {
                Arrays.fill(r, NEG);
            }
        }
        for (int j = 0; j < f; j++) {
            for (int i = 0; i <= j; i++) {
                long g = pg[j + 1] - pg[i];
                long b = pb[j + 1] - pb[i];
                if (g + b < minCount || g < 1 || b < 1) {
                    continue;
                }
                double val = Woe.iv(g, b, totalGoods, totalBads);
                double rate = (double) b / (g + b);
                if (i == 0) {
                    best[0][j][0] = val;
                    backH[0][j][0] = -1;
                    continue;
                }
                for (int h = 0; h < i; h++) {
                    long g0 = pg[i] - pg[h];
                    long b0 = pb[i] - pb[h];
                    double prevRate = (double) b0 / (g0 + b0);
                    boolean up = rate > prevRate;
                    boolean down = rate < prevRate;
                    boolean forward = firstUp ? up : down;
                    boolean backward = firstUp ? down : up;
                    double p0 = best[0][i - 1][h];
                    if (p0 > NEG) {
                        if (forward && p0 + val > best[0][j][i]) {
                            best[0][j][i] = p0 + val;
                            backH[0][j][i] = h;
                            backP[0][j][i] = 0;
                        }
                        if (turn && backward && p0 + val > best[1][j][i]) {
                            best[1][j][i] = p0 + val;
                            backH[1][j][i] = h;
                            backP[1][j][i] = 0;
                        }
                    }
                    double p1 = best[1][i - 1][h];
                    if (turn && p1 > NEG && backward && p1 + val > best[1][j][i]) {
                        best[1][j][i] = p1 + val;
                        backH[1][j][i] = h;
                        backP[1][j][i] = 1;
                    }
                }
            }
        }
        double top = NEG;
        int bi = -1;
        int bp = -1;
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < f; i++) {
                if (best[p][f - 1][i] > top) {
                    top = best[p][f - 1][i];
                    bi = i;
                    bp = p;
                }
            }
        }
        if (bi < 0) {
            return null;
        }
        List<Integer> ends = new ArrayList<>();
        int j = f - 1;
        int i = bi;
        int p = bp;
        while (true) {
            ends.add(0, j);
            int h = backH[p][j][i];
            if (i == 0 || h < 0) {
                break;
            }
            int np = backP[p][j][i];
            j = i - 1;
            i = h;
            p = np;
        }
        return new Partition(shape, ends.stream().mapToInt(Integer::intValue).toArray(), top);
    }

    /** Merges neighbouring range bins while the least significant pair has chi-square p-value above alpha. */
    static double[] chiSquareMerge(double[] cuts, double[] fine, long[] fg, long[] fb, double alpha) {
        List<Double> cl = new ArrayList<>();
        for (double c : cuts) {
            cl.add(c);
        }
        while (!cl.isEmpty()) {
            long[][] counts = groupCounts(cl, fine, fg, fb);
            int worst = -1;
            double worstP = alpha;
            for (int k = 0; k + 1 < counts.length; k++) {
                double p = chiSquarePValue(counts[k][0], counts[k][1], counts[k + 1][0], counts[k + 1][1]);
                if (p > worstP) {
                    worstP = p;
                    worst = k;
                }
            }
            if (worst < 0) {
                break;
            }
            cl.remove(worst);
        }
        return cl.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static long[][] groupCounts(List<Double> cuts, double[] fine, long[] fg, long[] fb) {
        long[][] out = new long[cuts.size() + 1][2];
        int group = 0;
        for (int k = 0; k < fg.length; k++) {
            out[group][0] += fg[k];
            out[group][1] += fb[k];
            if (k < fine.length && group < cuts.size() && fine[k] == cuts.get(group)) {
                group++;
            }
        }
        return out;
    }

    /** p-value of the chi-square test (1 degree of freedom) that two bins share one bad rate. */
    static double chiSquarePValue(long g1, long b1, long g2, long b2) {
        double n = g1 + b1 + g2 + b2;
        double r1 = g1 + b1;
        double r2 = g2 + b2;
        double cg = g1 + g2;
        double cb = b1 + b2;
        if (r1 == 0 || r2 == 0 || cg == 0 || cb == 0) {
            return 1;
        }
        double chi = 0;
        chi += sq(g1 - r1 * cg / n) / (r1 * cg / n);
        chi += sq(b1 - r1 * cb / n) / (r1 * cb / n);
        chi += sq(g2 - r2 * cg / n) / (r2 * cg / n);
        chi += sq(b2 - r2 * cb / n) / (r2 * cb / n);
        return erfc(Math.sqrt(chi / 2));
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    // ------------------------------------------------------------------ categorical

    BinnedVariable categorical(String name, String[] x, boolean[] bad) {
        int n = x.length;
        long totalBads = 0;
        for (boolean b : bad) {
            if (b) {
                totalBads++;
            }
        }
        long totalGoods = n - totalBads;
        Map<String, long[]> counts = new HashMap<>();
        long missG = 0;
        long missB = 0;
        for (int i = 0; i < n; i++) {
            String v = x[i];
            if (v == null || v.isEmpty()) {
                if (bad[i]) {
                    missB++;
                } else {
                    missG++;
                }
                continue;
            }
            long[] c = counts.computeIfAbsent(v, k -> new long[2]);
            c[bad[i] ? 1 : 0]++;
        }
        long min = minCount(n);
        List<Map.Entry<String, long[]>> frequent = new ArrayList<>();
        long otherG = 0;
        long otherB = 0;
        int otherLevels = 0;
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            if (c[0] + c[1] >= min) {
                frequent.add(e);
            } else {
                otherG += c[0];
                otherB += c[1];
                otherLevels++;
            }
        }
        frequent.sort(Comparator.<Map.Entry<String, long[]>>comparingDouble(e -> (double) e.getValue()[1]
                / (e.getValue()[0] + e.getValue()[1])).thenComparing(Map.Entry::getKey));
        List<Bin> bins = new ArrayList<>();
        Map<String, Integer> levelBin = new HashMap<>();
        for (Map.Entry<String, long[]> e : frequent) {
            levelBin.put(e.getKey(), bins.size());
            bins.add(bin(e.getKey(), BinKind.CATEGORY, null, null, null, List.of(e.getKey()), e.getValue()[0],
                    e.getValue()[1], totalGoods, totalBads));
        }
        int otherBin = bins.size();
        bins.add(bin(otherLevels == 0 ? "other" : "other (" + otherLevels + " rare levels)", BinKind.OTHER, null, null,
                null, List.of(), otherG, otherB, totalGoods, totalBads));
        int missingBin = bins.size();
        bins.add(bin("missing", BinKind.MISSING, null, null, null, List.of(), missG, missB, totalGoods, totalBads));
        int[] rowBin = new int[n];
        for (int i = 0; i < n; i++) {
            String v = x[i];
            if (v == null || v.isEmpty()) {
                rowBin[i] = missingBin;
            } else {
                rowBin[i] = levelBin.getOrDefault(v, otherBin);
            }
        }
        return new BinnedVariable(name, VariableType.CATEGORICAL, Shape.NONE, List.copyOf(bins), new double[0], rowBin,
                totalIv(bins));
    }

    // ------------------------------------------------------------------ helpers

    private static Bin bin(String label, BinKind kind, Double lo, Double hi, Double special, List<String> levels, long g,
                           long b, long totalGoods, long totalBads) {
        return new Bin(label, kind, lo, hi, special, levels, g + b, g, b, Woe.woe(g, b, totalGoods, totalBads),
                Woe.iv(g, b, totalGoods, totalBads), 0);
    }

    private static double totalIv(List<Bin> bins) {
        double s = 0;
        for (Bin b : bins) {
            s += b.iv();
        }
        return s;
    }

    static String rangeLabel(Double lo, Double hi) {
        if (lo == null && hi == null) {
            return "all values";
        }
        if (lo == null) {
            return "<= " + num(hi);
        }
        if (hi == null) {
            return "> " + num(lo);
        }
        return "(" + num(lo) + ", " + num(hi) + "]";
    }

    static String num(double v) {
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            return Double.toString(v);
        }
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static int indexOf(double[] a, double v) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] == v) {
                return k;
            }
        }
        return -1;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] mergeSorted(double[] a, double[] b) {
        double[] out = new double[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return out;
    }
}
