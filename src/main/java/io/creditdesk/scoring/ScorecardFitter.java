package io.creditdesk.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a points scorecard (CREDIT-MODEL.md §2–3): bins every candidate characteristic, drops weak
 * (IV below the minimum) and redundant (|correlation| of WoE above the maximum, keeping the higher IV)
 * ones, fits a logistic regression of "good" on the WoE values, drops characteristics with a
 * non-positive coefficient and refits, then turns the coefficients into points per bin.
 * Deterministic; the creation time is passed in.
 */
public final class ScorecardFitter {
    private final FitSettings settings;

    public ScorecardFitter(FitSettings settings) {
        this.settings = settings;
    }

    public FitSettings settings() {
        return settings;
    }

    public ScorecardModel fit(LabelledData data, String name, String target, String badValue, String createdAt) {
        int n = data.rows();
        long bads = data.bads();
        if (n == 0) {
            throw new IllegalArgumentException("no rows to fit on");
        }
        if (bads == 0 || bads == n) {
            throw new IllegalArgumentException("the target has only one class (" + bads + " bad of " + n
                    + " rows); a scorecard needs both goods and bads");
        }
        Binner binner = new Binner(settings);
        List<BinnedVariable> binned = new ArrayList<>();
        for (int j = 0; j < data.columns(); j++) {
            binned.add(binner.bin(data, j));
        }
        List<DroppedVariable> dropped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // 1. information value
        List<BinnedVariable> candidates = new ArrayList<>();
        for (BinnedVariable v : binned) {
            if (v.iv() < settings.minIv()) {
                dropped.add(new DroppedVariable(v.name(), v.iv(), String.format(java.util.Locale.ROOT,
                        "IV %.4f below %.4f", v.iv(), settings.minIv())));
            } else {
                candidates.add(v);
            }
        }
        candidates.sort(Comparator.comparingDouble(BinnedVariable::iv).reversed().thenComparing(BinnedVariable::name));
        // 2. correlation
        List<BinnedVariable> kept = new ArrayList<>();
        List<double[]> keptWoe = new ArrayList<>();
        for (BinnedVariable v : candidates) {
            double[] w = v.woeColumn();
            String clash = null;
            for (int k = 0; k < kept.size() && clash == null; k++) {
                double r = correlation(w, keptWoe.get(k));
                if (Math.abs(r) > settings.maxCorrelation()) {
                    clash = String.format(java.util.Locale.ROOT, "|correlation| %.3f with %s (higher IV)", Math.abs(r),
                            kept.get(k).name());
                }
            }
            if (clash != null) {
                dropped.add(new DroppedVariable(v.name(), v.iv(), clash));
            } else {
                kept.add(v);
                keptWoe.add(w);
            }
        }
        // 3. regression, dropping non-positive coefficients one at a time
        boolean[] good = new boolean[n];
        boolean[] bad = data.bad();
        for (int i = 0; i < n; i++) {
            good[i] = !bad[i];
        }
        LogisticRegression.Fit fit;
        while (true) {
            fit = LogisticRegression.fit(keptWoe.toArray(new double[0][]), good, settings.l2());
            int worst = -1;
            for (int k = 0; k < kept.size(); k++) {
                if (fit.beta()[k] <= 0 && (worst < 0 || fit.beta()[k] < fit.beta()[worst])) {
                    worst = k;
                }
            }
            if (worst < 0) {
                break;
            }
            BinnedVariable v = kept.get(worst);
            String msg = String.format(java.util.Locale.ROOT, "coefficient %.4f is not positive", fit.beta()[worst]);
            warnings.add(v.name() + ": " + msg + "; dropped and refitted");
            dropped.add(new DroppedVariable(v.name(), v.iv(), msg));
            kept.remove(worst);
            keptWoe.remove(worst);
        }
        if (kept.isEmpty()) {
            warnings.add("no characteristic passed the selection; the scorecard gives every row the same score");
        }
        // 4. points
        Scaling scaling = Scaling.of(settings.baseScore(), settings.baseOdds(), settings.pdo());
        int p = Math.max(kept.size(), 1);
        List<CharacteristicModel> chars = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            BinnedVariable v = kept.get(k);
            double beta = fit.beta()[k];
            List<Bin> bins = new ArrayList<>();
            for (Bin b : v.bins()) {
                bins.add(b.withPoints(scaling.points(beta, b.woe(), fit.intercept(), p)));
            }
            chars.add(new CharacteristicModel(v.name(), v.type(), v.shape(), v.iv(), beta,
                    Arrays.stream(v.specialValues()).boxed().toList(), List.copyOf(bins)));
        }
        if (kept.isEmpty()) {
            int pts = (int) Math.round(scaling.score(fit.intercept()));
            chars.add(new CharacteristicModel("(constant)", VariableType.NUMERIC, Shape.NONE, 0, 0, List.of(),
                    List.of(new Bin("all values", BinKind.RANGE, null, null, null, List.of(), n, n - bads, bads, 0, 0, pts),
                            new Bin("missing", BinKind.MISSING, null, null, null, List.of(), 0, 0, 0, 0, 0, pts))));
        }
        // 5. training scores and statistics
        int[] score = new int[n];
        for (int c = 0; c < chars.size(); c++) {
            CharacteristicModel cm = chars.get(c);
            int[] rowBin = kept.isEmpty() ? new int[n] : kept.get(c).rowBin();
            for (int i = 0; i < n; i++) {
                score[i] += cm.bins().get(rowBin[i]).points();
            }
        }
        double[] pd = new double[n];
        for (int i = 0; i < n; i++) {
            pd[i] = scaling.pd(score[i]);
        }
        ModelMetrics metrics = Validation.metrics(score, pd, bad);
        List<Integer> edges = decileEdges(score);
        double[] shares = Validation.bandShares(score, edges);
        TrainingStats stats = new TrainingStats(n, bads, (double) bads / n, data.sha256(), metrics, edges,
                Arrays.stream(shares).boxed().toList());
        dropped.sort(Comparator.comparing(DroppedVariable::name));
        return new ScorecardModel(ScorecardModel.FORMAT_VERSION, name, createdAt, target, badValue, scaling,
                fit.intercept(), settings.grades(), List.copyOf(chars), List.copyOf(dropped), List.copyOf(warnings), stats);
    }

    /** Distinct lower edges of the score deciles (the first band is open below). */
    static List<Integer> decileEdges(int[] score) {
        int[] s = score.clone();
        Arrays.sort(s);
        List<Integer> edges = new ArrayList<>();
        for (int q = 1; q < 10; q++) {
            int v = s[Math.min(s.length - 1, (int) ((long) q * s.length / 10))];
            if (v > s[0] && (edges.isEmpty() || v > edges.get(edges.size() - 1))) {
                edges.add(v);
            }
        }
        return edges;
    }

    static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            return 0;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
