package io.creditdesk.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.offer.OfferAdjustment;
import io.creditdesk.offer.Product;
import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.seller.SalesProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What opening an application costs behind the window, without a screen: for each of the first N
 * queued applications, the reads and computations the workspace's view models run (seller, sales
 * profile, applications and decisions, loans, notes, score explanation, offer with its 1,000-path
 * simulation), then a what-if re-score with one characteristic changed. Drawing is not included.
 */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Time what opening an application in the workspace computes, and the what-if re-score.")
public final class BenchWorkspaceCommand extends BaseCommand {
    @Option(names = "--applications", paramLabel = "N", description = "Applications to open (default ${DEFAULT-VALUE})")
    int applications = 50;

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            LocalDate asOf = ctx.datasets().asOf().orElseThrow(() -> new UserException(
                    "The database holds no data; run 'creditdesk demo' first."));
            List<ApplicationCase> queue = ctx.decisions().queue().list(ApplicationQueueService.OPEN);
            List<ApplicationCase> sample = queue.subList(0, Math.min(applications, queue.size()));
            if (sample.isEmpty()) {
                throw new UserException("The database has no open applications to open.");
            }
            open(ctx, sample.get(0), asOf); // warm-up: class loading and the JIT's first pass
            double[] data = new double[sample.size()];
            double[] score = new double[sample.size()];
            double[] offer = new double[sample.size()];
            double[] whatIf = new double[sample.size()];
            for (int i = 0; i < sample.size(); i++) {
                double[] t = open(ctx, sample.get(i), asOf);
                data[i] = t[0];
                score[i] = t[1];
                offer[i] = t[2];
                whatIf[i] = t[3];
            }
            double[] total = new double[sample.size()];
            for (int i = 0; i < total.length; i++) {
                // the app runs the three loads on two worker threads; sequential here is the upper bound
                total[i] = data[i] + score[i] + offer[i];
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("applications", sample.size());
            report(json, "data", "seller, sales, history, loans, notes", data);
            report(json, "score", "score explanation", score);
            report(json, "offer", "offer with 1,000-path simulation", offer);
            report(json, "open_total", "all of it, one after the other", total);
            report(json, "what_if", "what-if re-score, one characteristic changed", whatIf);
            result(json);
            return 0;
        }
    }

    private static double[] open(AppContext ctx, ApplicationCase c, LocalDate asOf) {
        String id = c.application().sellerId();
        long t0 = System.nanoTime();
        ctx.sellers().find(id);
        LocalDate to = asOf.plusDays(1);
        SalesProfile.of(ctx.sellers().months(id), ctx.sellers().days(id, to.minusDays(365), to));
        for (ApplicationCase a : ctx.decisions().queue().forSeller(id)) {
            ctx.decisions().queue().history(a.id());
        }
        ctx.sellers().loans(id, asOf);
        ctx.sellers().notes(id);
        long t1 = System.nanoTime();
        SellerScoring.SellerResult r = null;
        try {
            r = ctx.scoring().explainSeller(id, asOf);
        } catch (IllegalStateException e) {
            // no active model: the score tab shows "not scored"
        }
        long t2 = System.nanoTime();
        Product product = Product.parse(c.application().product());
        ctx.offers().offer(id, asOf, product, new OfferAdjustment(c.application().recommendedAmount(),
                product == Product.TERM ? c.application().requestedTerm() : null, null, null, null), 1_000, 42L);
        long t3 = System.nanoTime();
        if (r != null && !r.features().isEmpty()) {
            Map<String, Double> changed = new LinkedHashMap<>(r.features());
            String first = changed.keySet().iterator().next();
            Double v = changed.get(first);
            changed.put(first, v == null ? 0.0 : v * 0.9);
            ctx.scoring().explainFeatures(changed, asOf);
        }
        long t4 = System.nanoTime();
        return new double[] {ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3)};
    }

    private void report(Map<String, Object> json, String key, String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        say(String.format("%-48s median %7.1f ms   P95 %7.1f ms", what + ":", median, p95));
        json.put(key + "_median_ms", median);
        json.put(key + "_p95_ms", p95);
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
