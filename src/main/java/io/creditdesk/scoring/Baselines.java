package io.creditdesk.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The two reference models the scorecard must beat on the same folds (CREDIT-MODEL.md §6):
 * plain logistic regression (standardised numbers with mean imputation, one-hot categories) and a
 * naive WoE logistic regression (10 quantile bins per number, one bin per level, no merging, no selection).
 */
public final class Baselines {
    private static final double L2 = 0.01;

    private Baselines() {
    }

    public static BiFunction<LabelledData, LabelledData, double[]> plainLogistic() {
        return (train, test) -> {
            List<double[]> trCols = new ArrayList<>();
            List<double[]> teCols = new ArrayList<>();
            for (int j = 0; j < train.columns(); j++) {
                if (train.type(j) == VariableType.NUMERIC) {
                    double[] a = train.numeric(j);
                    double sum = 0;
                    int cnt = 0;
                    for (double v : a) {
                        if (!Double.isNaN(v)) {
                            sum += v;
                            cnt++;
                        }
                    }
                    double mean = cnt == 0 ? 0 : sum / cnt;
                    double ss = 0;
                    for (double v : a) {
                        if (!Double.isNaN(v)) {
                            ss += (v - mean) * (v - mean);
                        }
                    }
                    double sd = cnt < 2 || ss == 0 ? 1 : Math.sqrt(ss / (cnt - 1));
                    trCols.add(standardise(a, mean, sd));
                    teCols.add(standardise(test.numeric(j), mean, sd));
                } else {
                    TreeSet<String> levels = new TreeSet<>();
                    for (String s : train.categorical(j)) {
                        levels.add(s == null ? "" : s);
                    }
                    boolean first = true;
                    for (String lv : levels) {
                        if (first) {
                            first = false; // reference level
                            continue;
                        }
                        trCols.add(oneHot(train.categorical(j), lv));
                        teCols.add(oneHot(test.categorical(j), lv));
                    }
                }
            }
            return predict(trCols, teCols, train.bad(), test.rows());
        };
    }

    public static BiFunction<LabelledData, LabelledData, double[]> naiveWoe() {
        return (train, test) -> {
            long tb = train.bads();
            long tg = train.rows() - tb;
            List<double[]> trCols = new ArrayList<>();
            List<double[]> teCols = new ArrayList<>();
            for (int j = 0; j < train.columns(); j++) {
                if (train.type(j) == VariableType.NUMERIC) {
                    double[] a = train.numeric(j);
                    double[] vals = java.util.Arrays.stream(a).filter(v -> !Double.isNaN(v)).sorted().toArray();
                    double[] cuts = vals.length == 0 ? new double[0] : Binner.fineCuts(vals, 10);
                    int nb = cuts.length + 2; // ranges + missing
                    long[] g = new long[nb];
                    long[] b = new long[nb];
                    int[] trBin = new int[a.length];
                    for (int i = 0; i < a.length; i++) {
                        trBin[i] = Double.isNaN(a[i]) ? nb - 1 : Binner.rangeIndex(cuts, a[i]);
                        if (train.bad()[i]) {
                            b[trBin[i]]++;
                        } else {
                            g[trBin[i]]++;
                        }
                    }
                    double[] w = new double[nb];
                    for (int k = 0; k < nb; k++) {
                        w[k] = Woe.woe(g[k], b[k], tg, tb);
                    }
                    double[] tr = new double[a.length];
                    for (int i = 0; i < a.length; i++) {
                        tr[i] = w[trBin[i]];
                    }
                    double[] ta = test.numeric(j);
                    double[] te = new double[ta.length];
                    for (int i = 0; i < ta.length; i++) {
                        te[i] = w[Double.isNaN(ta[i]) ? nb - 1 : Binner.rangeIndex(cuts, ta[i])];
                    }
                    trCols.add(tr);
                    teCols.add(te);
                } else {
                    Map<String, long[]> c = new HashMap<>();
                    String[] a = train.categorical(j);
                    for (int i = 0; i < a.length; i++) {
                        c.computeIfAbsent(a[i] == null ? "" : a[i], k -> new long[2])[train.bad()[i] ? 1 : 0]++;
                    }
                    Map<String, Double> w = new HashMap<>();
                    c.forEach((k, v) -> w.put(k, Woe.woe(v[0], v[1], tg, tb)));
                    double[] tr = new double[a.length];
                    for (int i = 0; i < a.length; i++) {
                        tr[i] = w.get(a[i] == null ? "" : a[i]);
                    }
                    String[] ta = test.categorical(j);
                    double[] te = new double[ta.length];
                    for (int i = 0; i < ta.length; i++) {
                        te[i] = w.getOrDefault(ta[i] == null ? "" : ta[i], 0.0);
                    }
                    trCols.add(tr);
                    teCols.add(te);
                }
            }
            return predict(trCols, teCols, train.bad(), test.rows());
        };
    }

    private static double[] predict(List<double[]> trCols, List<double[]> teCols, boolean[] bad, int testRows) {
        boolean[] good = new boolean[bad.length];
        for (int i = 0; i < bad.length; i++) {
            good[i] = !bad[i];
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(trCols.toArray(new double[0][]), good, L2);
        double[][] te = teCols.toArray(new double[0][]);
        double[] s = new double[testRows];
        for (int i = 0; i < testRows; i++) {
            s[i] = fit.linear(te, i);
        }
        return s;
    }

    private static double[] standardise(double[] a, double mean, double sd) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Double.isNaN(a[i]) ? 0 : (a[i] - mean) / sd;
        }
        return out;
    }

    private static double[] oneHot(String[] a, String level) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = level.equals(a[i] == null ? "" : a[i]) ? 1 : 0;
        }
        return out;
    }
}
