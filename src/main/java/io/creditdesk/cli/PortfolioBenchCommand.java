package io.creditdesk.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

import io.creditdesk.AppContext;
import io.creditdesk.portfolio.ApplicationRecord;
import io.creditdesk.portfolio.DecisionRecord;
import io.creditdesk.portfolio.LoanRecord;
import io.creditdesk.portfolio.PortfolioRepository;
import io.creditdesk.store.PortfolioJdbcStore;
import io.creditdesk.portfolio.Period;
import io.creditdesk.portfolio.PortfolioBook;
import io.creditdesk.portfolio.PortfolioFilter;
import io.creditdesk.portfolio.PortfolioReport;
import io.creditdesk.portfolio.PortfolioService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench portfolio}: on the database given by --db (build one with {@code demo --sellers N}),
 * times the first load of the book and then a dashboard refresh (every tile and chart recomputed)
 * for a series of filter changes, as the screen does them.
 */
@Command(name = "portfolio", description = {"Portfolio dashboard: first load of the book, then a full refresh",
    "(all tiles and charts) per filter change, on the database given by --db."})
public final class PortfolioBenchCommand extends BaseCommand {
    @Option(names = "--rounds", description = "Refreshes per filter (default: ${DEFAULT-VALUE})")
    int rounds = 7;

    @Option(names = "--replicate", paramLabel = "N", description = {"Repeat every loan, application and decision N times"
        + " in memory (default: ${DEFAULT-VALUE}):", "a book N times as large without generating a larger demo"})
    int replicate = 1;

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            if (replicate < 1) {
                throw new UserException("--replicate must be at least 1");
            }
            PortfolioService service = replicate == 1 ? ctx.portfolio()
                    : new PortfolioService(new Replicated(new PortfolioJdbcStore(ctx.database()), replicate),
                            ctx.portfolio().settings());
            long t0 = System.nanoTime();
            PortfolioBook book = service.load();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            PortfolioReport first = service.report(book, PortfolioFilter.all());
            double firstMs = (System.nanoTime() - t1) / 1e6;
            say(String.format(Locale.ROOT, "Book: %,d loans, %,d applications, %,d decisions; as of %s",
                    book.loanCount(), first.approvals().stream().mapToInt(PortfolioReport.PeriodRow::submitted).sum(),
                    first.underwriters().stream().mapToInt(PortfolioReport.UnderwriterRow::decisions).sum(), book.asOf()));
            say(String.format(Locale.ROOT, "First load (read the book from the database): %.0f ms; first report: %.0f ms",
                    loadMs, firstMs));
            List<Map.Entry<String, PortfolioFilter>> filters = filters(book);
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("loans", book.loanCount());
            j.put("replicate", replicate);
            j.put("first_load_ms", loadMs);
            j.put("first_report_ms", firstMs);
            Map<String, Object> refresh = new LinkedHashMap<>();
            Map<String, Object> refreshCpu = new LinkedHashMap<>();
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            double worst = 0;
            for (Map.Entry<String, PortfolioFilter> f : filters) {
                double[] ms = new double[rounds];
                double[] cpu = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long c = mx.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    service.report(book, f.getValue());
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                double median = ms[ms.length / 2];
                worst = Math.max(worst, ms[ms.length - 1]);
                say(String.format(Locale.ROOT, "Refresh, %-34s median %6.1f ms (min %.1f, max %.1f); CPU median %.1f ms",
                        f.getKey() + ":", median, ms[0], ms[ms.length - 1], cpu[cpu.length / 2]));
                refresh.put(f.getKey(), median);
                refreshCpu.put(f.getKey(), cpu[cpu.length / 2]);
            }
            j.put("refresh_median_ms", refresh);
            j.put("refresh_max_ms", worst);
            j.put("refresh_cpu_median_ms", refreshCpu);
            result(j);
            return 0;
        }
    }

    /** The same facts {@code n} times over (ids repeat; the measures do not look at ids). */
    private record Replicated(PortfolioRepository base, int n) implements PortfolioRepository {
        @Override
        public Optional<LocalDate> asOf() {
            return base.asOf();
        }

        @Override
        public List<LoanRecord> loans() {
            return times(base.loans());
        }

        @Override
        public List<ApplicationRecord> applications() {
            return times(base.applications());
        }

        @Override
        public List<DecisionRecord> decisions() {
            return times(base.decisions());
        }

        private <T> List<T> times(List<T> list) {
            List<T> out = new ArrayList<>(list.size() * n);
            for (int i = 0; i < n; i++) {
                out.addAll(list);
            }
            return out;
        }
    }

    private static List<Map.Entry<String, PortfolioFilter>> filters(PortfolioBook book) {
        PortfolioFilter all = PortfolioFilter.all();
        PortfolioBook.Choices c = book.choices();
        String grade = c.grades().isEmpty() ? "A" : c.grades().get(0);
        String category = c.categories().isEmpty() ? "-" : c.categories().get(0);
        String region = c.regions().isEmpty() ? "-" : c.regions().get(0);
        java.time.LocalDate asOf = book.asOf() == null ? java.time.LocalDate.now() : book.asOf();
        return List.of(
                Map.entry("everything", all),
                Map.entry("last 12 months", all.withDates(asOf.minusMonths(12).plusDays(1), asOf)),
                Map.entry("weekly, monthly vintages", all.withPeriods(Period.WEEK, Period.MONTH)),
                Map.entry("product term", all.withProducts(Set.of("term"))),
                Map.entry("grade " + grade, all.withGrades(Set.of(grade))),
                Map.entry("category " + category, all.withCategories(Set.of(category))),
                Map.entry("region " + region, all.withRegions(Set.of(region))));
    }
}
