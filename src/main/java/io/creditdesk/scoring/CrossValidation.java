package io.creditdesk.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
     * Runs {@code model} (fit on the first table, return higher-is-better scores for the second) on every fold,
     * one fold after the other (callers may rely on the order, e.g. to report progress by fold).
     */
    public static Result run(LabelledData data, int k, long seed, BiFunction<LabelledData, LabelledData, double[]> model) {
        return run(data, k, seed, model, 1);
    }

    /**
     * As {@link #run(LabelledData, int, long, BiFunction)} with the folds fitted on up to {@code threads} threads
     * at once. {@code model} must then be safe to call concurrently (the scorecard and the baselines are: they
     * keep no state between calls). The result is identical to the sequential run: folds are the same and the
     * means are summed in fold order.
     */
    public static Result run(LabelledData data, int k, long seed, BiFunction<LabelledData, LabelledData, double[]> model,
                             int threads) {
        if (k < 2) {
            throw new IllegalArgumentException("at least 2 folds are needed");
        }
        int[] fold = folds(data.bad(), k, seed);
        List<FoldResult> res = new ArrayList<>();
        int n = Math.max(1, Math.min(threads, k));
        if (n == 1) {
            for (int f = 0; f < k; f++) {
                res.add(fold(data, fold, f, model));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "creditdesk-cv");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FoldResult>> fs = new ArrayList<>();
                for (int f = 0; f < k; f++) {
                    int ff = f;
                    fs.add(pool.submit(() -> fold(data, fold, ff, model)));
                }
                for (Future<FoldResult> f : fs) {
                    res.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("cross-validation interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        double aucSum = 0;
        double ksSum = 0;
        for (FoldResult r : res) {
            aucSum += r.auc();
            ksSum += r.ks();
        }
        double auc = aucSum / k;
        return new Result(k, data.rows(), (double) data.bads() / data.rows(), auc, 2 * auc - 1, ksSum / k, List.copyOf(res));
    }

    private static FoldResult fold(LabelledData data, int[] fold, int f,
                                   BiFunction<LabelledData, LabelledData, double[]> model) {
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
        return new FoldResult(f, train.length, test.length, Validation.auc(s, te.bad()), Validation.ks(s, te.bad()));
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
