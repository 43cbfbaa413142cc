package io.creditdesk.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.creditdesk.AppContext;
import io.creditdesk.money.Money;
import io.creditdesk.offer.DailySales;
import io.creditdesk.offer.Offer;
import io.creditdesk.offer.OfferAdjustment;
import io.creditdesk.offer.OfferConfig;
import io.creditdesk.offer.OfferEngine;
import io.creditdesk.offer.PolicyConfig;
import io.creditdesk.offer.PolicyEngine;
import io.creditdesk.offer.Product;
import io.creditdesk.offer.SellerSnapshot;
import io.creditdesk.offer.SellerSnapshots;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code creditdesk bench offer}: a revenue-based advance offer (policy, limit, price, withhold
 * rate) with its repayment simulation, for one seller with 52 weeks of daily sales. Prints the
 * median, P90 and minimum over the timed runs after a warm-up. With {@code --seller} the
 * seller is read from the database on every run (snapshot + offer), otherwise a synthetic
 * seller (noisy weekly cycle, an 11.11 peak week, a quiet new-year week) is used.
 */
@Command(name = "offer", description = "Time offer + repayment simulation for one seller (target ≤ 50 ms).")
public final class OfferBench extends BaseCommand {
    @Option(names = "--paths", defaultValue = "1000", description = "Simulation paths (default: ${DEFAULT-VALUE})")
    int paths;

    @Option(names = "--runs", defaultValue = "200", description = "Timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "100", description = "Untimed warm-up runs (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--seller", paramLabel = "ID", description = "Read this seller from the database on every run")
    String sellerId;

    @Override
    protected int execute() {
        if (runs < 1 || warmup < 0 || paths < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs and --paths must be positive");
        }
        if (sellerId != null) {
            try (AppContext ctx = openContext()) {
                LocalDate asOf = ctx.datasets().asOf().orElseGet(() -> LocalDate.now(ctx.clock()));
                if (ctx.offers().snapshot(sellerId, asOf).isEmpty()) {
                    throw new UserException("no seller '" + sellerId + "' in the database");
                }
                return report("database seller " + sellerId + " (read + offer)", () -> ctx.offers()
                        .offer(sellerId, asOf, Product.REVENUE, OfferAdjustment.NONE, paths, 20261111L).orElseThrow());
            }
        }
        OfferEngine engine = new OfferEngine(OfferConfig.defaults(), new PolicyEngine(PolicyConfig.defaults()));
        SellerSnapshot s = synthetic();
        return report("synthetic seller, 364 days of sales", () -> engine.offer(s, Product.REVENUE,
                OfferAdjustment.NONE, paths, 20261111L));
    }

    private int report(String what, java.util.function.Supplier<Offer> run) {
        Offer last = null;
        for (int i = 0; i < warmup; i++) {
            last = run.get();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            last = run.get();
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = cpuTimed ? threads.getCurrentThreadCpuTime() - c0 : 0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        double cpuMedian = cpu[(runs - 1) / 2] / 1e6;
        double median = nanos[(runs - 1) / 2] / 1e6;
        double p90 = nanos[Math.max(0, (runs * 90 + 99) / 100 - 1)] / 1e6;
        double min = nanos[0] / 1e6;
        say("Offer + simulation benchmark: " + what);
        say(String.format(Locale.ROOT, "  paths %,d, warm-up %d, timed runs %d", paths, warmup, runs));
        say(String.format(Locale.ROOT, "  wall clock: median %.2f ms, P90 %.2f ms, min %.2f ms (target ≤ 50 ms)", median, p90, min));
        say(String.format(Locale.ROOT, "  CPU time of the calling thread: median %.2f ms (less sensitive to other load)", cpuMedian));
        if (last != null && last.adjusted() != null && last.adjusted().simulation() != null) {
            var sim = last.adjusted().simulation();
            say("  offer: " + last.adjusted().amount() + ", withhold " + OfferCommand.pct(last.adjusted().withholdRate())
                    + ", median " + sim.medianDays() + " days, P90 " + sim.p90Days() + " days");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "offer");
        json.put("seller", what);
        json.put("paths", paths);
        json.put("runs", runs);
        json.put("warmup", warmup);
        json.put("median_ms", round(median));
        json.put("p90_ms", round(p90));
        json.put("min_ms", round(min));
        json.put("cpu_median_ms", round(cpuMedian));
        result(json);
        return 0;
    }

    private static BigDecimal round(double ms) {
        return BigDecimal.valueOf(ms).setScale(3, java.math.RoundingMode.HALF_EVEN);
    }

    /** A mid-size seller: about CNY 2,000 a day with a weekly cycle, an 11.11 peak week and a quiet new-year week. */
    static SellerSnapshot synthetic() {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        LocalDate first = SellerSnapshots.historyStart(asOf);
        SplittableRandom r = new SplittableRandom(11);
        long[] daily = new long[SellerSnapshots.HISTORY_DAYS];
        for (int i = 0; i < daily.length; i++) {
            LocalDate d = first.plusDays(i);
            long base = 200_000L + 40_000L * (d.getDayOfWeek().getValue() % 7);
            long v = base / 2 + r.nextLong(base);
            if (d.getMonthValue() == 11 && d.getDayOfMonth() >= 8 && d.getDayOfMonth() <= 14) {
                v *= 6;
            }
            if (d.getMonthValue() == 2 && d.getDayOfMonth() <= 10) {
                v /= 5;
            }
            daily[i] = v;
        }
        return new SellerSnapshot("bench", asOf, 30, 600, 0, new BigDecimal("0.01"), 0, "B", new BigDecimal("0.018"),
                true, Money.of("70000", "CNY"), new DailySales(first, daily, Currency.getInstance("CNY")),
                Money.of("30000", "CNY"));
    }
}
