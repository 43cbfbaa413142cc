package io.creditdesk.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation measures (CREDIT-MODEL.md §5). Scores are "higher = better" (less risky); AUC is the
 * probability that a random good outscores a random bad, ties counting one half.
 */
public final class Validation {
    private Validation() {
    }

    /** AUC by ranks (Mann–Whitney), ties get their average rank. */
    public static double auc(double[] score, boolean[] bad) {
        int n = score.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumGood = 0;
        long goods = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (!bad[idx[k]]) {
                    rankSumGood += avgRank;
                    goods++;
                }
            }
            i = j + 1;
        }
        long bads = n - goods;
        if (goods == 0 || bads == 0) {
            return Double.NaN;
        }
        return (rankSumGood - goods * (goods + 1) / 2.0) / ((double) goods * bads);
    }

    public static double auc(int[] score, boolean[] bad) {
        return auc(toDouble(score), bad);
    }

    /** Kolmogorov–Smirnov: the largest gap between the cumulative score distributions of goods and bads. */
    public static double ks(double[] score, boolean[] bad) {
        int n = score.length;
        double[] s = score.clone();
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(s[a], s[b]));
        long goods = 0;
        for (boolean b : bad) {
            if (!b) {
                goods++;
            }
        }
        long bads = n - goods;
        if (goods == 0 || bads == 0) {
            return Double.NaN;
        }
        double cg = 0;
        double cb = 0;
        double ks = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && s[idx[j]] == s[idx[i]]) {
                if (bad[idx[j]]) {
                    cb++;
                } else {
                    cg++;
                }
                j++;
            }
            ks = Math.max(ks, Math.abs(cb / bads - cg / goods));
            i = j;
        }
        return ks;
    }

    /** Mean squared difference between the PD and the outcome (1 = bad). */
    public static double brier(double[] pd, boolean[] bad) {
        double s = 0;
        for (int i = 0; i < pd.length; i++) {
            double d = pd[i] - (bad[i] ? 1 : 0);
            s += d * d;
        }
        return s / pd.length;
    }

    public static ModelMetrics metrics(int[] score, double[] pd, boolean[] bad) {
        double[] s = toDouble(score);
        double auc = auc(s, bad);
        long bads = 0;
        for (boolean b : bad) {
            if (b) {
                bads++;
            }
        }
        return new ModelMetrics(score.length, bads, auc, 2 * auc - 1, ks(s, bad), brier(pd, bad));
    }

    /** Predicted against observed default rate per grade. */
    public record GradeCalibration(String grade, long rows, long bads, double meanPd, double observedBadRate) {
    }

    public static List<GradeCalibration> calibrationByGrade(ScorecardModel model, int[] score, boolean[] bad) {
        Map<String, double[]> acc = new LinkedHashMap<>();
        for (GradeBand g : model.grades()) {
            acc.put(g.grade(), new double[3]);
        }
        for (int i = 0; i < score.length; i++) {
            double pd = model.scaling().pd(score[i]);
            double[] a = acc.get(model.grade(pd));
            a[0]++;
            a[1] += bad[i] ? 1 : 0;
            a[2] += pd;
        }
        List<GradeCalibration> out = new ArrayList<>();
        acc.forEach((g, a) -> out.add(new GradeCalibration(g, (long) a[0], (long) a[1], a[0] == 0 ? 0 : a[2] / a[0],
                a[0] == 0 ? 0 : a[1] / a[0])));
        return out;
    }

    /** Rows and bad rate in score bands of {@code width} points. */
    public record ScoreBand(int from, int toExclusive, long rows, long bads, double badRate) {
    }

    public static List<ScoreBand> badRateByBand(int[] score, boolean[] bad, int width) {
        java.util.TreeMap<Integer, long[]> m = new java.util.TreeMap<>();
        for (int i = 0; i < score.length; i++) {
            int from = Math.floorDiv(score[i], width) * width;
            long[] a = m.computeIfAbsent(from, k -> new long[2]);
            a[0]++;
            a[1] += bad[i] ? 1 : 0;
        }
        List<ScoreBand> out = new ArrayList<>();
        m.forEach((from, a) -> out.add(new ScoreBand(from, from + width, a[0], a[1], (double) a[1] / a[0])));
        return out;
    }

    /** Population stability index Σ (a − e) · ln(a ÷ e) over shares (empty shares floored at 0.0001). */
    public static double psi(double[] expected, double[] actual) {
        double s = 0;
        for (int k = 0; k < expected.length; k++) {
            double e = Math.max(expected[k], 1e-4);
            double a = Math.max(actual[k], 1e-4);
            s += (a - e) * Math.log(a / e);
        }
        return s;
    }

    /** Shares of the scores in the bands whose lower edges (after the first, open band) are {@code edges}. */
    public static double[] bandShares(int[] score, List<Integer> edges) {
        double[] c = new double[edges.size() + 1];
        for (int s : score) {
            int k = 0;
            while (k < edges.size() && s >= edges.get(k)) {
                k++;
            }
            c[k]++;
        }
        for (int k = 0; k < c.length; k++) {
            c[k] = score.length == 0 ? 0 : c[k] / score.length;
        }
        return c;
    }

    /** PSI of new scores against the training score distribution stored in the model. */
    public static double psi(ScorecardModel model, int[] score) {
        TrainingStats t = model.training();
        double[] e = t.scoreBandShares().stream().mapToDouble(Double::doubleValue).toArray();
        return psi(e, bandShares(score, t.scoreBandEdges()));
    }

    /** Characteristic stability index of one characteristic: PSI over its bins, from bin indices of new rows. */
    public static double csi(CharacteristicModel c, int[] binOfRow) {
        long total = 0;
        for (Bin b : c.bins()) {
            total += b.count();
        }
        double[] e = new double[c.bins().size()];
        double[] a = new double[e.length];
        for (int b = 0; b < e.length; b++) {
            e[b] = total == 0 ? 0 : (double) c.bins().get(b).count() / total;
        }
        for (int b : binOfRow) {
            a[b]++;
        }
        for (int b = 0; b < a.length; b++) {
            a[b] = binOfRow.length == 0 ? 0 : a[b] / binOfRow.length;
        }
        return psi(e, a);
    }

    static double[] toDouble(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
