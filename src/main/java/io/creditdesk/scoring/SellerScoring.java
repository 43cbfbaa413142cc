package io.creditdesk.scoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.creditdesk.common.ProcessCpu;
import io.creditdesk.common.Progress;
import io.creditdesk.features.FeatureCalculator;
import io.creditdesk.features.FeatureService;
import io.creditdesk.features.SellerFeatures;
import io.creditdesk.features.SellerHistory;

/**
 * The scorecard applied to sellers: training on the loan history (features as of each application date,
 * bad = default within 12 months of disbursement), batch scoring of every seller, and one seller's explanation.
 */
public final class SellerScoring {
    public static final String MODEL_NAME = "seller-scorecard";
    private final FeatureService features;
    private final ModelRepository models;
    private final ScoreRepository scores;
    private final LoanOutcomeRepository loans;

    public SellerScoring(FeatureService features, ModelRepository models, ScoreRepository scores,
                         LoanOutcomeRepository loans) {
        this.features = features;
        this.models = models;
        this.scores = scores;
        this.loans = loans;
    }

    /** The training table: one row per mature loan; also its application dates (for out-of-time splits). */
    public record TrainingSet(LabelledData data, LocalDate[] applicationDates, int immatureSkipped) {
    }

    public TrainingSet trainingSet(LocalDate dataAsOf) {
        List<LoanOutcome> all = loans.loanOutcomes();
        Map<String, List<LoanOutcome>> bySeller = new HashMap<>();
        int skipped = 0;
        for (LoanOutcome l : all) {
            boolean bad = isBad(l);
            if (!bad && l.disbursedOn().plusMonths(12).isAfter(dataAsOf)) {
                skipped++; // not yet observed for 12 months
                continue;
            }
            bySeller.computeIfAbsent(l.sellerId(), k -> new ArrayList<>()).add(l);
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> outcome = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        features.forEachHistory(dataAsOf.plusMonths(1), h -> {
            List<LoanOutcome> ls = bySeller.get(h.sellerId());
            if (ls == null) {
                return;
            }
            for (LoanOutcome l : ls) {
                double[] f = new double[SellerFeatures.count()];
                FeatureCalculator.compute(h, l.applicationDate(), f);
                rows.add(f);
                outcome.add(isBad(l));
                dates.add(l.applicationDate());
                ids.add(l.loanId());
            }
        });
        // stable order: by application date, then loan id
        Integer[] idx = new Integer[rows.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> {
            int c = dates.get(a).compareTo(dates.get(b));
            return c != 0 ? c : ids.get(a).compareTo(ids.get(b));
        });
        int n = idx.length;
        int p = SellerFeatures.count();
        double[][] cols = new double[p][n];
        boolean[] bad = new boolean[n];
        LocalDate[] d = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(idx[i]);
            for (int j = 0; j < p; j++) {
                cols[j][i] = r[j];
            }
            bad[i] = outcome.get(idx[i]);
            d[i] = dates.get(idx[i]);
        }
        List<VariableType> types = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            types.add(VariableType.NUMERIC);
        }
        LabelledData data = new LabelledData(SellerFeatures.NAMES, types, cols, new String[p][], bad);
        return new TrainingSet(data, d, skipped);
    }

    static boolean isBad(LoanOutcome l) {
        if (l.defaultedOn() != null) {
            return l.defaultedOn().isBefore(l.disbursedOn().plusMonths(12));
        }
        return l.defaulted();
    }

    /** Result of a training run. */
    public record TrainResult(int version, ScorecardModel model, int rows, int immatureSkipped, double cvAuc,
                              double outOfTimeAuc, int outOfTimeRows) {
    }

    public LocalDate dataAsOf() {
        return loans.dataAsOf().orElseGet(() -> loans.loanOutcomes().stream().map(LoanOutcome::disbursedOn)
                .max(LocalDate::compareTo).orElseThrow(() -> new IllegalStateException("no loans in the database")));
    }

    /**
     * Fits on every mature loan and stores the model as the new active version. Also reports the 5-fold CV AUC
     * and the out-of-time AUC (fit on the earliest 75% by application date, tested on the latest 25%).
     */
    public TrainResult train(FitSettings settings, LocalDateTime createdAt) {
        return train(settings, createdAt, true);
    }

    /**
     * As {@link #train(FitSettings, LocalDateTime)}, but stores the new version inactive unless {@code activate}:
     * a version that replaces an active one is activated through the journaled
     * {@link ModelWorkbench#activate} by a credit manager (the command line and the Models screen alike).
     */
    public TrainResult train(FitSettings settings, LocalDateTime createdAt, boolean activate) {
        LocalDate asOf = dataAsOf();
        TrainingSet ts = trainingSet(asOf);
        LabelledData d = ts.data();
        long bads = d.bads();
        if (d.rows() < 50 || bads < 5 || bads == d.rows()) {
            throw new IllegalStateException("too little loan history to train on: " + d.rows() + " mature loans, "
                    + bads + " defaults (need at least 50 loans with 5 defaults)");
        }
        ScorecardFitter fitter = new ScorecardFitter(settings);
        double cv = CrossValidation.run(d, 5, 42, CrossValidation.scorecard(settings)).auc();
        int cut = (int) Math.round(d.rows() * 0.75);
        int[] train = new int[cut];
        int[] test = new int[d.rows() - cut];
        for (int i = 0; i < d.rows(); i++) {
            if (i < cut) {
                train[i] = i;
            } else {
                test[i - cut] = i;
            }
        }
        double oot = Double.NaN;
        LabelledData te = d.subset(test);
        long teBads = te.bads();
        LabelledData tr = d.subset(train);
        if (teBads > 0 && teBads < te.rows() && tr.bads() > 0) {
            ScorecardModel early = fitter.fit(tr, "oot", "default_12m", "1", createdAt.toString());
            oot = Validation.auc(new Scorecard(early).scoreAll(te), te.bad());
        }
        ScorecardModel m = fitter.fit(d, MODEL_NAME, "default_12m", "1", createdAt.toString());
        int version = activate ? models.saveAndActivate(MODEL_NAME, createdAt, ModelJson.write(m))
                : models.saveInactive(MODEL_NAME, createdAt, ModelJson.write(m));
        return new TrainResult(version, m.withName(MODEL_NAME + " v" + version), d.rows(), ts.immatureSkipped(), cv, oot,
                te.rows());
    }

    public Optional<ModelRepository.StoredModel> activeModel() {
        return models.active();
    }

    private ModelRepository.StoredModel requireActive() {
        return models.active().orElseThrow(() -> new IllegalStateException(
                "no active model: run 'creditdesk model train' first"));
    }

    /** Result of a batch run. */
    public record BatchResult(int modelVersion, LocalDate asOf, int sellers, int applicationsUpdated,
                              Map<String, Integer> byGrade, Map<String, Double> phaseSeconds) {
    }

    /**
     * Scores every seller as of {@code asOf} with the active model and stores the scores: features from one
     * streaming pass (see {@link FeatureService#forAll}), scores in memory, then the whole run replaces the
     * stored run of this version and date (readers see the old run or the whole new one; see
     * {@link ScoreRepository#replaceScores}).
     */
    public BatchResult scoreAll(LocalDate asOf, Progress progress) {
        ModelRepository.StoredModel sm = requireActive();
        Scorecard card = new Scorecard(ModelJson.read(sm.artefact()));
        int[] map = columnMap(card);
        String[][] ids = {new String[1 << 16]};
        int[][] sc = {new int[1 << 16]};
        int[] n = {0};
        double[] x = new double[card.size()];
        progress.update("reading the sellers' aggregates", -1);
        long t0 = System.nanoTime();
        long c0 = ProcessCpu.nanos();
        features.forAll(asOf, (id, f) -> {
            for (int j = 0; j < x.length; j++) {
                x[j] = map[j] < 0 ? Double.NaN : f[map[j]];
            }
            int k = n[0]++;
            if (k == ids[0].length) {
                ids[0] = java.util.Arrays.copyOf(ids[0], k * 2);
                sc[0] = java.util.Arrays.copyOf(sc[0], k * 2);
            }
            ids[0][k] = id;
            sc[0][k] = card.score(x);
            if ((k & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
        });
        progress.checkCancelled();
        int total = n[0];
        double[] pd = new double[total];
        String[] gr = new String[total];
        Map<String, Integer> byGrade = new java.util.TreeMap<>();
        for (int k = 0; k < total; k++) {
            int s = sc[0][k];
            pd[k] = card.pd(s);
            gr[k] = card.grade(s);
            byGrade.merge(gr[k], 1, Integer::sum);
        }
        long t1 = System.nanoTime();
        long c1 = ProcessCpu.nanos();
        progress.update("storing " + total + " scores", -1);
        int apps = scores.replaceScores(sm.version(), asOf, ids[0], sc[0], pd, gr, total);
        long t2 = System.nanoTime();
        long c2 = ProcessCpu.nanos();
        Map<String, Double> phases = new java.util.LinkedHashMap<>();
        phases.put("features_and_scoring", (t1 - t0) / 1e9);
        phases.put("storing", (t2 - t1) / 1e9);
        phases.put("features_and_scoring_cpu", (c1 - c0) / 1e9);
        phases.put("storing_cpu", (c2 - c1) / 1e9);
        return new BatchResult(sm.version(), asOf, total, apps, byGrade, phases);
    }

    /** One seller's score and its explanation with the active model. */
    public record SellerResult(int modelVersion, LocalDate asOf, Map<String, Double> features, Explanation explanation) {
    }

    public SellerResult explainSeller(String sellerId, LocalDate asOf) {
        ModelRepository.StoredModel sm = requireActive();
        Scorecard card = new Scorecard(ModelJson.read(sm.artefact()));
        double[] f = features.forSeller(sellerId, asOf);
        return explain(sm.version(), card, f, asOf);
    }

    /**
     * What-if: the explanation of a changed feature vector (by name; a missing name counts as missing)
     * with the active model. Scoring is the artefact's own, so it equals batch scoring.
     */
    public SellerResult explainFeatures(Map<String, Double> changed, LocalDate asOf) {
        ModelRepository.StoredModel sm = requireActive();
        Scorecard card = cachedCard(sm);
        double[] f = new double[SellerFeatures.NAMES.size()];
        for (int j = 0; j < f.length; j++) {
            Double v = changed.get(SellerFeatures.NAMES.get(j));
            f[j] = v == null ? Double.NaN : v;
        }
        return explain(sm.version(), card, f, asOf);
    }

    private Scorecard cachedCard;
    private int cachedVersion = -1;

    private synchronized Scorecard cachedCard(ModelRepository.StoredModel sm) {
        if (cachedVersion != sm.version()) {
            cachedCard = new Scorecard(ModelJson.read(sm.artefact()));
            cachedVersion = sm.version();
        }
        return cachedCard;
    }

    private SellerResult explain(int version, Scorecard card, double[] f, LocalDate asOf) {
        int[] map = columnMap(card);
        double[] x = new double[card.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = map[j] < 0 ? Double.NaN : f[map[j]];
        }
        Map<String, Double> named = new java.util.LinkedHashMap<>();
        for (int j = 0; j < f.length; j++) {
            named.put(SellerFeatures.NAMES.get(j), Double.isNaN(f[j]) ? null : f[j]);
        }
        Explanation e = new Explainer(card, new ReasonCatalogue(), Explainer.DEFAULT_ACTIONABLE).explain(x);
        return new SellerResult(version, asOf, named, e);
    }

    private static int[] columnMap(Scorecard card) {
        int[] map = new int[card.size()];
        for (int j = 0; j < map.length; j++) {
            map[j] = SellerFeatures.NAMES.indexOf(card.name(j));
        }
        return map;
    }

    /** Helper for tests and tools: a history from month rows. */
    public static SellerHistory emptyHistory(String sellerId) {
        SellerHistory h = new SellerHistory();
        h.reset(sellerId, null);
        return h;
    }
}
