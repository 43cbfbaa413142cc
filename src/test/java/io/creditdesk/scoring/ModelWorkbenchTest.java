package io.creditdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.decision.JournalVerification;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.store.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWorkbenchTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Two numeric characteristics that predict the outcome, one that does not. */
    static LabelledData synthetic(int n, long seed) {
        Random r = new Random(seed);
        double[][] cols = new double[3][n];
        boolean[] bad = new boolean[n];
        for (int i = 0; i < n; i++) {
            double q = r.nextGaussian();
            double q2 = r.nextGaussian();
            cols[0][i] = 0.05 - 0.03 * q + 0.01 * r.nextGaussian();
            cols[1][i] = 24 + 12 * q2 + 6 * r.nextGaussian();
            cols[2][i] = r.nextDouble();
            bad[i] = r.nextDouble() < 1 / (1 + Math.exp(2 + 1.2 * q + 1.0 * q2));
        }
        return new LabelledData(List.of("refund_rate", "tenure_months", "noise"),
                List.of(VariableType.NUMERIC, VariableType.NUMERIC, VariableType.NUMERIC), cols, new String[3][], bad);
    }

    @Test
    void theEvaluationCarriesTheModelCvFiguresAndCurvesOfTheSameFolds() {
        LabelledData d = synthetic(2_000, 5);
        ModelEvaluation e = ModelWorkbench.evaluate(d, FitSettings.defaults(), 5, 42, "test", Progress.NONE);
        CrossValidation.Result cv = CrossValidation.run(d, 5, 42, CrossValidation.scorecard(FitSettings.defaults()));
        assertThat(e.auc()).isEqualTo(cv.auc());
        assertThat(e.ks()).isEqualTo(cv.ks());
        assertThat(e.perFold()).isEqualTo(cv.perFold());
        assertThat(e.rows()).isEqualTo(2_000);
        assertThat(e.roc().get(0)).isEqualTo(new ModelEvaluation.RocPoint(0, 0));
        ModelEvaluation.RocPoint end = e.roc().get(e.roc().size() - 1);
        assertThat(end.falsePositiveRate()).isEqualTo(1.0);
        assertThat(end.truePositiveRate()).isEqualTo(1.0);
        double maxGap = e.ksCurve().stream().mapToDouble(p -> Math.abs(p.bads() - p.goods())).max().orElseThrow();
        assertThat(maxGap).isGreaterThan(0.2);
        assertThat(e.calibration()).extracting(Validation.GradeCalibration::grade).containsExactly("A", "B", "C", "D", "E");
        assertThat(e.calibration().stream().mapToLong(Validation.GradeCalibration::rows).sum()).isEqualTo(2_000);
        assertThat(WorkbenchJson.readEvaluation(WorkbenchJson.write(e))).isEqualTo(e);
    }

    @Test
    void aFittedVersionIsStoredInactiveWithItsEvaluation() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("fit")), CLOCK)) {
            ModelWorkbench wb = ctx.models();
            ModelWorkbench.FitResult r = wb.fitOnData(synthetic(1_000, 1), "synthetic.csv", "bad", "1",
                    FitSettings.defaults(), Progress.NONE);
            assertThat(r.version()).isEqualTo(1);
            List<ModelWorkbench.VersionRow> rows = wb.versions();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).active()).isFalse();
            assertThat(rows.get(0).source()).isEqualTo("synthetic.csv");
            assertThat(rows.get(0).auc()).isEqualTo(r.evaluation().auc());
            assertThat(wb.evaluation(1)).contains(r.evaluation());
            assertThat(wb.model(1).characteristics()).extracting(CharacteristicModel::name)
                    .contains("refund_rate", "tenure_months");
        }
    }

    @Test
    void onlyACreditManagerActivatesAndTheActivationIsJournaledInTheVerifiedChain() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("act")), CLOCK)) {
            ctx.decisions().users().ensureDemoUsers();
            ModelWorkbench wb = ctx.models();
            int v1 = wb.fitOnData(synthetic(800, 2), "a.csv", "bad", "1", FitSettings.defaults(), Progress.NONE).version();
            int v2 = wb.fitOnData(synthetic(800, 3), "b.csv", "bad", "1", FitSettings.defaults(), Progress.NONE).version();
            long before = ctx.decisions().journalVerifier().verify().entries();

            for (String who : new String[] {"uw", "senior", "admin"}) {
                assertThatThrownBy(() -> wb.activate(principal(who), v1))
                        .isInstanceOf(ModelActivationRefusedException.class)
                        .hasMessageStartingWith("Only a credit manager can activate a model version");
            }
            assertThat(ctx.decisions().journalVerifier().verify().entries()).isEqualTo(before);
            assertThat(wb.versions()).noneMatch(ModelWorkbench.VersionRow::active);

            ModelWorkbench.Activation a = wb.activate(principal("manager"), v1);
            assertThat(a.previousVersion()).isNull();
            assertThat(a.journalSeq()).isEqualTo(before + 1);
            ModelWorkbench.Activation b = wb.activate(principal("manager"), v2);
            assertThat(b.previousVersion()).isEqualTo(v1);
            assertThatThrownBy(() -> wb.activate(principal("manager"), v2)).hasMessage("Model version 2 is already active.");
            assertThatThrownBy(() -> wb.activate(principal("manager"), 9)).hasMessage("No model version 9.");

            assertThat(wb.versions()).filteredOn(ModelWorkbench.VersionRow::active)
                    .extracting(ModelWorkbench.VersionRow::version).containsExactly(v2);
            assertThat(ctx.scoring().activeModel().orElseThrow().version()).isEqualTo(v2);
            JournalVerification ok = ctx.decisions().journalVerifier().verify();
            assertThat(ok.ok()).isTrue();
            assertThat(ok.entries()).isEqualTo(before + 2);
            String payload = ctx.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT payload FROM journal_text WHERE seq = :s").bind("s", b.journalSeq()).mapTo(String.class).one());
            assertThat(payload).contains("\"kind\":\"model_activation\"").contains("\"previous_version\":1")
                    .contains("\"username\":\"manager\"").contains("\"role\":\"CREDIT_MANAGER\"")
                    .contains("\"artefact_sha256\":\"" + ModelWorkbench.sha256(
                            ctx.database().jdbi().withHandle(h -> h.createQuery("SELECT artefact FROM model_version"
                                    + " WHERE model_version = 2").mapTo(String.class).one())) + "\"");
        }
    }

    @Test
    void journalVerifyOnTheCommandLineAcceptsAnActivation() {
        Path db = dir.resolve("cli");
        try (AppContext ctx = new AppContext(Database.open(db), CLOCK)) {
            ctx.decisions().users().ensureDemoUsers();
            int v = ctx.models().fitOnData(synthetic(600, 8), "c.csv", "bad", "1", FitSettings.defaults(), Progress.NONE)
                    .version();
            ctx.models().activate(principal("manager"), v);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = io.creditdesk.cli.CreditdeskCommand.run(new String[] {"journal", "verify", "--db", db.toString(), "--json"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err);
        String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip().split("\n");
        assertThat(code).isZero();
        assertThat(lines[lines.length - 1]).isEqualTo("{\"entries\":6,\"ok\":true}"); // 5 demo users + the activation
    }

    @Test
    void comparingTwoVersionsListsEveryCharacteristicsIvInEach() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("cmp")), CLOCK)) {
            ModelWorkbench wb = ctx.models();
            LabelledData full = synthetic(1_000, 4);
            LabelledData fewer = full.select(List.of("refund_rate", "noise"));
            wb.fitOnData(full, "full.csv", "bad", "1", FitSettings.defaults(), Progress.NONE);
            wb.fitOnData(fewer, "fewer.csv", "bad", "1", FitSettings.defaults(), Progress.NONE);
            ModelWorkbench.Comparison c = wb.compare(1, 2);
            assertThat(c.a().version()).isEqualTo(1);
            assertThat(c.b().version()).isEqualTo(2);
            List<String> names = new ArrayList<>();
            c.iv().forEach(r -> names.add(r.characteristic()));
            assertThat(names).contains("refund_rate", "tenure_months");
            ModelWorkbench.IvRow tenure = c.iv().stream().filter(r -> r.characteristic().equals("tenure_months"))
                    .findFirst().orElseThrow();
            assertThat(tenure.ivA()).isEqualTo(wb.model(1).characteristic("tenure_months").iv());
            assertThat(tenure.ivB()).isNull();
        }
    }

    @Test
    void stabilityNeedsAModelOnSellerFeatures() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("psi")), CLOCK)) {
            ModelWorkbench wb = ctx.models();
            LabelledData d = synthetic(600, 6);
            wb.fitOnData(d, "other.csv", "bad", "1", FitSettings.defaults(), Progress.NONE);
            assertThatThrownBy(() -> wb.stability(1, Progress.NONE))
                    .hasMessageContaining("its characteristics are not seller features");
        }
    }

    private static Principal principal(String user) {
        return new Principal(user, user, Role.UNDERWRITER, false); // the role is read from the user table
    }
}
