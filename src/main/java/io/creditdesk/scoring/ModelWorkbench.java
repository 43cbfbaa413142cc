package io.creditdesk.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;

import io.creditdesk.common.Progress;
import io.creditdesk.decision.JournalEntry;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.decision.UserAccount;
import io.creditdesk.features.FeatureCalculator;
import io.creditdesk.features.FeatureService;
import io.creditdesk.features.SellerFeatures;

/**
 * The analysts' model workbench (CREDIT-MODEL.md §5): model versions with their validation, fitting a
 * new (inactive) version on the loan history or on any labelled table, the drift of this month's and
 * the last 24 months' applicants (PSI), comparing two versions, and activating one — which only a
 * credit manager may do, and which is journaled in the decision journal's hash chain.
 */
public final class ModelWorkbench {
    /** The journal entry kind of an activation. */
    public static final String JOURNAL_KIND = "model_activation";
    public static final int FOLDS = 5;
    public static final long SEED = 42;
    public static final int PSI_MONTHS = 24;
    public static final String LOAN_HISTORY = "loan history";
    public static final String CSV_MODEL_NAME = "csv-scorecard";
    static final int MAX_CURVE_POINTS = 200;

    private final SellerScoring scoring;
    private final FeatureService features;
    private final ModelCatalog catalog;
    private final ModelActivationStore activation;
    private final Clock clock;
    /** Drift views already computed: by version, data as-of date and number of applicants. */
    private final Map<String, Stability> stabilityCache = new java.util.concurrent.ConcurrentHashMap<>();

    public ModelWorkbench(SellerScoring scoring, FeatureService features, ModelCatalog catalog,
                          ModelActivationStore activation, Clock clock) {
        this.scoring = scoring;
        this.features = features;
        this.catalog = catalog;
        this.activation = activation;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ versions

    /** One line of the version list. {@code auc}/{@code ks} are the cross-validated figures (NaN if not evaluated). */
    public record VersionRow(int version, String name, LocalDateTime createdAt, boolean active, String source,
                             int characteristics, long rows, double auc, double ks) {
    }

    public List<VersionRow> versions() {
        List<VersionRow> out = new ArrayList<>();
        for (ModelRepository.StoredModel sm : catalog.versions()) {
            out.add(row(sm, ModelJson.read(sm.artefact()), evaluation(sm.version()).orElse(null)));
        }
        return out;
    }

    private static VersionRow row(ModelRepository.StoredModel sm, ScorecardModel m, ModelEvaluation e) {
        String source = e != null ? e.source() : "default_12m".equals(m.target()) ? LOAN_HISTORY : m.target();
        return new VersionRow(sm.version(), sm.name(), sm.createdAt(), sm.active(), source, m.characteristics().size(),
                m.training() == null ? 0 : m.training().rows(), e == null ? Double.NaN : e.auc(),
                e == null ? Double.NaN : e.ks());
    }

    public ScorecardModel model(int version) {
        return ModelJson.read(stored(version).artefact());
    }

    private ModelRepository.StoredModel stored(int version) {
        return catalog.version(version).orElseThrow(() -> new IllegalArgumentException("no model version " + version));
    }

    public Optional<ModelEvaluation> evaluation(int version) {
        return catalog.evaluation(version).map(WorkbenchJson::readEvaluation);
    }

    // ------------------------------------------------------------------ fitting

    /** A fitted and stored (inactive) version with its validation. */
    public record FitResult(int version, ScorecardModel model, ModelEvaluation evaluation) {
    }

    /** Fits on every mature loan (as {@code model train} does) and stores the result as a new, inactive version. */
    public FitResult fitOnLoanHistory(FitSettings settings, Progress progress) {
        LabelledData d = loanHistory(progress);
        return fitAndStore(d, SellerScoring.MODEL_NAME, LOAN_HISTORY, "default_12m", "1", settings, progress);
    }

    /** Fits on a labelled table (a CSV the screen read) and stores it as a new, inactive version. */
    public FitResult fitOnData(LabelledData data, String source, String target, String badValue, FitSettings settings,
                               Progress progress) {
        return fitAndStore(data, CSV_MODEL_NAME, source, target, badValue, settings, progress);
    }

    private FitResult fitAndStore(LabelledData d, String name, String source, String target, String bad,
                                  FitSettings settings, Progress progress) {
        LocalDateTime createdAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        ModelEvaluation e = evaluate(d, settings, FOLDS, SEED, source, progress);
        progress.update("Fitting the scorecard on all " + d.rows() + " rows", -1);
        progress.checkCancelled();
        ScorecardModel m = new ScorecardFitter(settings).fit(d, name, target, bad, createdAt.toString());
        int version = catalog.saveInactive(name, createdAt, ModelJson.write(m), WorkbenchJson.write(e));
        return new FitResult(version, m, e);
    }

    /**
     * Validates a version that has no stored evaluation (one {@code model train} made) by cross-validating
     * the default settings on the current loan history, and stores the evaluation.
     */
    public ModelEvaluation evaluateOnLoanHistory(int version, Progress progress) {
        ScorecardModel m = model(version);
        if (!usesSellerFeatures(m)) {
            throw new IllegalArgumentException("model version " + version + " was not fitted on seller features;"
                    + " it can only be evaluated on the data it was fitted on");
        }
        LabelledData d = loanHistory(progress);
        ModelEvaluation e = evaluate(d, FitSettings.defaults(), FOLDS, SEED, LOAN_HISTORY, progress);
        catalog.saveEvaluation(version, WorkbenchJson.write(e));
        return e;
    }

    private LabelledData loanHistory(Progress progress) {
        progress.update("Reading the loan history", -1);
        SellerScoring.TrainingSet ts = scoring.trainingSet(scoring.dataAsOf());
        LabelledData d = ts.data();
        long bads = d.bads();
        if (d.rows() < 50 || bads < 5 || bads == d.rows()) {
            throw new IllegalStateException("too little loan history to fit on: " + d.rows() + " mature loans, "
                    + bads + " defaults (need at least 50 loans with 5 defaults)");
        }
        return d;
    }

    /**
     * Stratified k-fold cross-validation exactly as {@code model cv} runs it ({@link CrossValidation#run}, same
     * folds and seed, so the same AUC and KS), keeping every row's out-of-fold score for the curves.
     * Calibration by grade maps the out-of-fold scores to PDs and grades with the settings' scaling and grades.
     */
    public static ModelEvaluation evaluate(LabelledData d, FitSettings settings, int folds, long seed, String source,
                                           Progress progress) {
        int[] fold = CrossValidation.folds(d.bad(), folds, seed);
        double[] oof = new double[d.rows()];
        BiFunction<LabelledData, LabelledData, double[]> card = CrossValidation.scorecard(settings);
        int[] calls = {0};
        CrossValidation.Result r = CrossValidation.run(d, folds, seed, (train, test) -> {
            int f = calls[0]++;
            progress.checkCancelled();
            progress.update("Cross-validating: fold " + (f + 1) + " of " + folds, (double) f / (folds + 1));
            double[] s = card.apply(train, test);
            int k = 0;
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    oof[i] = s[k++];
                }
            }
            return s;
        });
        progress.update("Cross-validated", (double) folds / (folds + 1));
        int[] oofInt = new int[oof.length];
        for (int i = 0; i < oof.length; i++) {
            oofInt[i] = (int) Math.round(oof[i]);
        }
        ScorecardModel scale = new ScorecardModel(ScorecardModel.FORMAT_VERSION, "scale", "", "", "",
                Scaling.of(settings.baseScore(), settings.baseOdds(), settings.pdo()), 0, settings.grades(), List.of(),
                List.of(), List.of(), null);
        return new ModelEvaluation(source, folds, seed, r.rows(), d.bads(), r.auc(), r.gini(), r.ks(), r.perFold(),
                roc(oof, d.bad()), ksCurve(oof, d.bad()), Validation.calibrationByGrade(scale, oofInt, d.bad()));
    }

    /** ROC of higher-is-better scores: at each cut-off, the share of goods and of bads scoring at or below it. */
    static List<ModelEvaluation.RocPoint> roc(double[] score, boolean[] bad) {
        List<ModelEvaluation.RocPoint> all = new ArrayList<>();
        all.add(new ModelEvaluation.RocPoint(0, 0));
        cumulate(score, bad, (s, cb, cg) -> all.add(new ModelEvaluation.RocPoint(cg, cb)));
        return thin(all);
    }

    static List<ModelEvaluation.KsPoint> ksCurve(double[] score, boolean[] bad) {
        List<ModelEvaluation.KsPoint> all = new ArrayList<>();
        cumulate(score, bad, (s, cb, cg) -> all.add(new ModelEvaluation.KsPoint((int) Math.round(s), cb, cg)));
        return thin(all);
    }

    private interface CumulativeSink {
        void accept(double score, double bads, double goods);
    }

    private static void cumulate(double[] score, boolean[] bad, CumulativeSink sink) {
        int n = score.length;
        Integer[] idx = new Integer[n];
        long bads = 0;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            bads += bad[i] ? 1 : 0;
        }
        long goods = n - bads;
        if (bads == 0 || goods == 0) {
            return;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        long cb = 0;
        long cg = 0;
        int i = 0;
        while (i < n) {
            double s = score[idx[i]];
            while (i < n && score[idx[i]] == s) {
                if (bad[idx[i]]) {
                    cb++;
                } else {
                    cg++;
                }
                i++;
            }
            sink.accept(s, (double) cb / bads, (double) cg / goods);
        }
    }

    /** At most {@link #MAX_CURVE_POINTS} evenly spread points, always keeping the first and the last. */
    static <T> List<T> thin(List<T> points) {
        if (points.size() <= MAX_CURVE_POINTS) {
            return List.copyOf(points);
        }
        List<T> out = new ArrayList<>();
        double step = (points.size() - 1) / (double) (MAX_CURVE_POINTS - 1);
        int last = -1;
        for (int k = 0; k < MAX_CURVE_POINTS; k++) {
            int i = (int) Math.round(k * step);
            if (i != last) {
                out.add(points.get(i));
                last = i;
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ stability

    /** PSI of this month's applicants and of each of the last months against the version's training sample. */
    public record Stability(int version, LocalDate asOf, PsiMonitor.MonthPsi thisMonth, List<PsiMonitor.MonthPsi> byMonth) {
    }

    /**
     * Scores every application of the last {@link #PSI_MONTHS} months with the version, as of its submission day.
     * The result is kept (in memory) until the data's as-of date or the number of applicants changes.
     */
    public Stability stability(int version, Progress progress) {
        ScorecardModel m = model(version);
        if (!usesSellerFeatures(m)) {
            throw new IllegalArgumentException("model version " + version + " is not a seller scorecard:"
                    + " its characteristics are not seller features, so applicants cannot be scored with it");
        }
        LocalDate asOf = scoring.dataAsOf();
        YearMonth last = YearMonth.from(asOf);
        LocalDate from = last.minusMonths(PSI_MONTHS - 1L).atDay(1);
        List<ModelCatalog.Applicant> applicants = catalog.applicants(from, asOf.plusDays(1));
        String key = version + "|" + asOf + "|" + applicants.size();
        Stability cached = stabilityCache.get(key);
        if (cached != null) {
            return cached;
        }
        progress.update("Scoring the applicants of the last " + PSI_MONTHS + " months", -1);
        ApplicantScores a = applicantScores(m, applicants, asOf.plusDays(1), progress);
        List<PsiMonitor.MonthPsi> months = PsiMonitor.psiByMonth(m.training(), last, PSI_MONTHS, a.dates(), a.scores());
        Stability s = new Stability(version, asOf, months.get(months.size() - 1), months);
        stabilityCache.put(key, s);
        return s;
    }

    /** Applicants' submission days and their scores with one model. */
    public record ApplicantScores(LocalDate[] dates, int[] scores) {
    }

    public ApplicantScores applicantScores(ScorecardModel m, LocalDate from, LocalDate toExclusive, Progress progress) {
        return applicantScores(m, catalog.applicants(from, toExclusive), toExclusive, progress);
    }

    private ApplicantScores applicantScores(ScorecardModel m, List<ModelCatalog.Applicant> applicants,
                                            LocalDate toExclusive, Progress progress) {
        Map<String, List<LocalDate>> bySeller = new HashMap<>();
        int n = 0;
        for (ModelCatalog.Applicant a : applicants) {
            bySeller.computeIfAbsent(a.sellerId(), k -> new ArrayList<>()).add(a.submittedOn());
            n++;
        }
        Scorecard card = new Scorecard(m);
        int[] map = new int[card.size()];
        for (int j = 0; j < map.length; j++) {
            map[j] = SellerFeatures.NAMES.indexOf(card.name(j));
        }
        LocalDate[] dates = new LocalDate[n];
        int[] scores = new int[n];
        int[] k = {0};
        double[] f = new double[SellerFeatures.count()];
        double[] x = new double[card.size()];
        features.forEachHistory(toExclusive.plusMonths(1), h -> {
            List<LocalDate> ds = bySeller.get(h.sellerId());
            if (ds == null) {
                return;
            }
            for (LocalDate d : ds) {
                FeatureCalculator.compute(h, d, f);
                for (int j = 0; j < x.length; j++) {
                    x[j] = map[j] < 0 ? Double.NaN : f[map[j]];
                }
                dates[k[0]] = d;
                scores[k[0]] = card.score(x);
                k[0]++;
            }
        });
        progress.checkCancelled();
        return new ApplicantScores(Arrays.copyOf(dates, k[0]), Arrays.copyOf(scores, k[0]));
    }

    static boolean usesSellerFeatures(ScorecardModel m) {
        for (CharacteristicModel c : m.characteristics()) {
            if (!SellerFeatures.NAMES.contains(c.name()) && !"(constant)".equals(c.name())) {
                return false;
            }
        }
        return m.training() != null;
    }

    // ------------------------------------------------------------------ comparison

    /** One characteristic's IV in each version (null where the version does not use it). */
    public record IvRow(String characteristic, Double ivA, Double ivB) {
    }

    public record Comparison(VersionRow a, VersionRow b, ModelMetrics trainingA, ModelMetrics trainingB,
                             List<IvRow> iv) {
    }

    public Comparison compare(int versionA, int versionB) {
        ModelRepository.StoredModel sa = stored(versionA);
        ModelRepository.StoredModel sb = stored(versionB);
        ScorecardModel a = ModelJson.read(sa.artefact());
        ScorecardModel b = ModelJson.read(sb.artefact());
        Set<String> names = new LinkedHashSet<>();
        a.characteristics().forEach(c -> names.add(c.name()));
        b.characteristics().forEach(c -> names.add(c.name()));
        List<IvRow> rows = new ArrayList<>();
        for (String n : names) {
            CharacteristicModel ca = a.characteristic(n);
            CharacteristicModel cb = b.characteristic(n);
            rows.add(new IvRow(n, ca == null ? null : ca.iv(), cb == null ? null : cb.iv()));
        }
        rows.sort((x, y) -> Double.compare(Math.max(nz(y.ivA()), nz(y.ivB())), Math.max(nz(x.ivA()), nz(x.ivB()))));
        return new Comparison(row(sa, a, evaluation(versionA).orElse(null)), row(sb, b, evaluation(versionB).orElse(null)),
                a.training() == null ? null : a.training().metrics(), b.training() == null ? null : b.training().metrics(),
                List.copyOf(rows));
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }

    // ------------------------------------------------------------------ activation

    /** An activation as journaled. */
    public record Activation(int version, Integer previousVersion, String activatedBy, long journalSeq,
                             String entryHash) {
    }

    /**
     * Makes {@code version} the active model. Only a credit manager may; the user's role is read from the
     * user table, not taken from the caller. The flag and the journal entry are written in one transaction.
     */
    public Activation activate(Principal who, int version) {
        return activation.inTransaction(tx -> {
            UserAccount u = tx.user(who.username())
                    .orElseThrow(() -> new ModelActivationRefusedException("Unknown user " + who.username() + "."));
            if (u.mustChangePassword() || !u.passwordSet()) {
                throw new ModelActivationRefusedException("Choose a new password before activating a model.");
            }
            if (u.role() != Role.CREDIT_MANAGER) {
                throw new ModelActivationRefusedException("Only a credit manager can activate a model version ("
                        + u.username() + " is " + u.role().label() + ").");
            }
            ModelRepository.StoredModel sm = tx.lockVersion(version)
                    .orElseThrow(() -> new ModelActivationRefusedException("No model version " + version + "."));
            OptionalInt previous = tx.activeVersion();
            if (previous.isPresent() && previous.getAsInt() == version) {
                throw new ModelActivationRefusedException("Model version " + version + " is already active.");
            }
            ScorecardModel m = ModelJson.read(sm.artefact());
            Instant now = clock.instant();
            tx.activate(version);
            JournalEntry e = tx.appendJournal(JOURNAL_KIND, now, journalBody(sm, m, previous, u, now));
            return new Activation(version, previous.isPresent() ? previous.getAsInt() : null, u.username(), e.seq(),
                    e.entryHash());
        });
    }

    private Map<String, Object> journalBody(ModelRepository.StoredModel sm, ScorecardModel m, OptionalInt previous,
                                            UserAccount u, Instant now) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("version", sm.version());
        model.put("name", sm.name());
        model.put("created_at", sm.createdAt());
        model.put("artefact_sha256", sha256(sm.artefact()));
        model.put("target", m.target());
        model.put("characteristics", m.characteristics().stream().map(CharacteristicModel::name).toList());
        if (m.training() != null) {
            model.put("training_rows", m.training().rows());
            model.put("training_data_sha256", m.training().dataSha256());
            model.put("training_auc", m.training().metrics().auc());
        }
        evaluation(sm.version()).ifPresent(e -> {
            model.put("cv_auc", e.auc());
            model.put("cv_ks", e.ks());
        });
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("username", u.username());
        by.put("role", u.role());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("previous_version", previous.isPresent() ? previous.getAsInt() : null);
        body.put("activated_by", by);
        body.put("activated_at", now.truncatedTo(ChronoUnit.MILLIS));
        return body;
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
