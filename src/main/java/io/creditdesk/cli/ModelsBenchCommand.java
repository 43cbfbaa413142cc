package io.creditdesk.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.scoring.ModelMetrics;
import io.creditdesk.scoring.ModelRepository;
import io.creditdesk.scoring.ModelWorkbench;
import io.creditdesk.scoring.PsiMonitor;
import io.creditdesk.scoring.ScorecardModel;
import io.creditdesk.scoring.TrainingStats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "models", description = {"Model workbench benchmark: PSI by month for 24 months on N generated applicant",
    "scores, and with --db the workbench's drift view end to end (features as of each application, scores, PSI)."})
public final class ModelsBenchCommand extends BaseCommand {
    @Option(names = "--applicants", description = "Generated applicant scores over the 24 months (default 250,000)")
    int applicants = 250_000;

    @Option(names = "--rounds", description = "Timed rounds after one warm-up (default 7; the median is reported)")
    int rounds = 7;

    @Override
    protected int execute() {
        Map<String, Object> j = new LinkedHashMap<>();
        Random r = new Random(42);
        YearMonth last = YearMonth.of(2026, 10);
        LocalDate first = last.minusMonths(ModelWorkbench.PSI_MONTHS - 1L).atDay(1);
        int days = (int) (last.atEndOfMonth().toEpochDay() - first.toEpochDay() + 1);
        LocalDate[] dates = new LocalDate[applicants];
        int[] scores = new int[applicants];
        for (int i = 0; i < applicants; i++) {
            dates[i] = first.plusDays(r.nextInt(days));
            scores[i] = (int) Math.round(600 + 40 * r.nextGaussian() + (dates[i].getMonthValue() - 6));
        }
        TrainingStats training = new TrainingStats(10_000, 700, 0.07, "bench", new ModelMetrics(10_000, 700, 0.8, 0.6,
                0.45, 0.06), List.of(549, 566, 579, 590, 600, 610, 621, 634, 651),
                List.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));
        double ms = median(() -> PsiMonitor.psiByMonth(training, last, ModelWorkbench.PSI_MONTHS, dates, scores));
        say(String.format(Locale.ROOT, "PSI by month, %d months, %,d generated applicant scores: %.2f ms (median of %d)",
                ModelWorkbench.PSI_MONTHS, applicants, ms, rounds));
        j.put("psi_months", ModelWorkbench.PSI_MONTHS);
        j.put("generated_applicants", applicants);
        j.put("psi_by_month_ms", ms);
        if (common.db() != null) {
            try (AppContext ctx = openContext()) {
                endToEnd(ctx, j);
            }
        }
        result(j);
        return 0;
    }

    private void endToEnd(AppContext ctx, Map<String, Object> j) {
        Optional<ModelRepository.StoredModel> active = ctx.scoring().activeModel();
        if (active.isEmpty()) {
            say("no active model in the database: end-to-end drift view skipped");
            return;
        }
        ModelWorkbench wb = ctx.models();
        int v = active.get().version();
        ScorecardModel m = wb.model(v);
        LocalDate asOf = ctx.scoring().dataAsOf();
        YearMonth last = YearMonth.from(asOf);
        LocalDate from = last.minusMonths(ModelWorkbench.PSI_MONTHS - 1L).atDay(1);
        long t0 = System.nanoTime();
        ModelWorkbench.ApplicantScores a = wb.applicantScores(m, from, asOf.plusDays(1), Progress.NONE);
        double scoreMs = (System.nanoTime() - t0) / 1e6;
        double psiMs = median(() -> PsiMonitor.psiByMonth(m.training(), last, ModelWorkbench.PSI_MONTHS, a.dates(),
                a.scores()));
        long h0 = System.nanoTime();
        int[] sellers = {0};
        ctx.features().forEachHistory(asOf.plusDays(1).plusMonths(1), h -> sellers[0]++);
        double streamMs = (System.nanoTime() - h0) / 1e6;
        say(String.format(Locale.ROOT, "streaming every seller's monthly history (%,d sellers): %.0f ms", sellers[0], streamMs));
        j.put("db_history_stream_ms", streamMs);
        long s0 = System.nanoTime();
        wb.stability(v, Progress.NONE);
        double firstMs = (System.nanoTime() - s0) / 1e6;
        double againMs = median(() -> wb.stability(v, Progress.NONE));
        say(String.format(Locale.ROOT, "database: model v%d, %,d applicants in %d months; scoring them as of their"
                + " application days %.0f ms (cold); PSI by month on their scores %.2f ms; drift view of the screen"
                + " %.0f ms when first opened, %.2f ms when opened again (median of %d)",
                v, a.scores().length, ModelWorkbench.PSI_MONTHS, scoreMs, psiMs, firstMs, againMs, rounds));
        j.put("db_applicants", a.scores().length);
        j.put("db_psi_by_month_ms", psiMs);
        j.put("db_applicant_scoring_ms", scoreMs);
        j.put("db_drift_view_first_ms", firstMs);
        j.put("db_drift_view_again_ms", againMs);
    }

    private double median(Runnable work) {
        work.run();
        double[] t = new double[Math.max(1, rounds)];
        for (int k = 0; k < t.length; k++) {
            long s = System.nanoTime();
            work.run();
            t[k] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
