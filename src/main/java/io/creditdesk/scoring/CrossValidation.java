package io.creditdesk.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Stratified k-fold cross-validation with a fixed seed: goods and bads are shuffled separately
 * ({@link Random} is specified, so folds are the same on every JVM) and dealt round-robin to folds.
 * The whole fit — binning included — is redone on each training part, so nothing leaks from the test part.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** Fold (0..k-1) of every row. */
    public static int[] folds(boolean[] bad, int k, long seed) {
        int n = bad.length;
        int[] fold = new int[n];
        Random rnd = new Random(seed);
        int dealt = 0;
        for (boolean cls : new boolean[] {true, false}) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (bad[i] == cls) {
                    idx.add(i);
                }
            }
            int[] a = idx.stream().mapToInt(Integer::intValue).toArray();
            for (int i = a.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = a[i];
                a[i] = a[j];
                a[j] = tmp;
            }
            for (int i = 0; i < a.length; i++) {
                fold[a[i]] = (dealt + i) % k;
            }
            dealt += a.length;
        }
        return fold;
    }

    public record FoldResult(int fold, int trainRows, int testRows, double auc, double ks) {
    }

    public record Result(int folds, int rows, double badRate, double auc, double gini, double ks,
                         List<FoldResult> perFold) {
    }

    /**
     * Runs {@code model} (fit on the first table, return higher-is-better scores for the second) on every fold.
     */
    public static Result run(LabelledData data, int k, long seed, BiFunction<LabelledData, LabelledData, double[]> model) {
        if (k < 2) {
            throw new IllegalArgumentException("at least 2 folds are needed");
        }
        int[] fold = folds(data.bad(), k, seed);
        List<FoldResult> res = new ArrayList<>();
        double aucSum = 0;
        double ksSum = 0;
        for (int f = 0; f < k; f++) {
            int nTest = 0;
            for (int v : fold) {
                if (v == f) {
                    nTest++;
                }
            }
            int[] test = new int[nTest];
            int[] train = new int[data.rows() - nTest];
            int a = 0;
            int b = 0;
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    test[a++] = i;
                } else {
                    train[b++] = i;
                }
            }
            LabelledData tr = data.subset(train);
            LabelledData te = data.subset(test);
            double[] s = model.apply(tr, te);
            double auc = Validation.auc(s, te.bad());
            double ks = Validation.ks(s, te.bad());
            res.add(new FoldResult(f, train.length, test.length, auc, ks));
            aucSum += auc;
            ksSum += ks;
        }
        double auc = aucSum / k;
        return new Result(k, data.rows(), (double) data.bads() / data.rows(), auc, 2 * auc - 1, ksSum / k, List.copyOf(res));
    }

    /** The scorecard itself as a CV model: integer scores of the test part. */
    public static BiFunction<LabelledData, LabelledData, double[]> scorecard(FitSettings settings) {
        ScorecardFitter fitter = new ScorecardFitter(settings);
        return (train, test) -> {
            ScorecardModel m = fitter.fit(train, "cv", "", "", "");
            int[] s = new Scorecard(m).scoreAll(test);
            return Validation.toDouble(s);
        };
    }
}
