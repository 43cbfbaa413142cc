package io.creditdesk.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.creditdesk.portfolio.PortfolioBook.LoanFact;
import io.creditdesk.portfolio.PortfolioReport.GradeRow;
import io.creditdesk.portfolio.PortfolioReport.Kpis;
import io.creditdesk.portfolio.PortfolioReport.ParPoint;
import io.creditdesk.portfolio.PortfolioReport.PeriodRow;
import io.creditdesk.portfolio.PortfolioReport.ShareRow;
import io.creditdesk.portfolio.PortfolioReport.UnderwriterRow;
import io.creditdesk.portfolio.PortfolioReport.VintageCurve;

/**
 * The portfolio measures of OFFERS-AND-DECISIONS.md §6. {@link #load()} reads the facts once (the
 * slow part); {@link #report(PortfolioBook, PortfolioFilter)} recomputes every tile and chart from
 * them in memory, in plain loops over minor units, so a filter change is quick and money stays exact.
 *
 * <ul>
 * <li>Outstanding = principal not yet repaid (see {@link Amortization}) of loans disbursed by the
 * report date and not yet written off ({@link PortfolioSettings#writeOffDays()} after default).</li>
 * <li>Days past due = days since the earliest instalment that is due and unpaid; PAR30 (PAR90) =
 * outstanding of loans more than 30 (90) days past due ÷ outstanding.</li>
 * <li>Expected loss = Σ PD × LGD × outstanding, PD = 1 for a loan in default, the seller's current PD
 * otherwise (0 when unscored).</li>
 * <li>Approval rate = approved ÷ (approved + declined) applications submitted in the window;
 * withdrawn and open ones are left out.</li>
 * <li>Vintage: share of a cohort's loans defaulted within m months of disbursement, for each m
 * observed for the whole cohort by the report date.</li>
 * </ul>
 */
public final class PortfolioService {
    private static final int RATE_SCALE = 4;
    private final PortfolioRepository repository;
    private final PortfolioSettings settings;

    public PortfolioService(PortfolioRepository repository, PortfolioSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    public PortfolioSettings settings() {
        return settings;
    }

    /** Reads every loan, application and decision. */
    public PortfolioBook load() {
        return new PortfolioBook(repository.asOf().orElse(null), repository.loans(), repository.applications(),
                repository.decisions());
    }

    /** Loads and reports in one go (the command line). */
    public PortfolioReport report(PortfolioFilter filter) {
        return report(load(), filter);
    }

    public PortfolioReport report(PortfolioBook book, PortfolioFilter filter) {
        LocalDate reportDate = book.asOf() == null ? filter.to()
                : filter.to() == null || filter.to().isAfter(book.asOf()) ? book.asOf() : filter.to();
        String currency = book.currency();
        List<LoanFact> selected = new ArrayList<>();
        int otherCurrency = 0;
        for (LoanFact l : book.loans()) {
            if (!filter.matches(l.product, l.grade, l.category, l.region)) {
                continue;
            }
            if (!l.currency.equals(currency)) {
                otherCurrency++;
                continue;
            }
            selected.add(l);
        }
        int scale = PortfolioBook.fractionDigits(currency);
        if (reportDate == null) {
            Kpis none = new Kpis(money(0, scale), 0, null, null, money(0, scale), null, 0, 0);
            return new PortfolioReport(filter, null, currency, none, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), otherCurrency);
        }
        LocalDate windowStart = windowStart(filter, book, selected);
        Book b = measureBook(selected, reportDate, scale);
        Approvals approvals = approvals(book, selected, filter, windowStart, reportDate, scale);
        Kpis kpis = new Kpis(money(b.total, scale), b.loans, ratio(b.par30, b.total), ratio(b.par90, b.total),
                b.expectedLoss(settings.lgd(), scale), ratio(approvals.approved, approvals.decided),
                approvals.approved, approvals.decided);
        return new PortfolioReport(filter, reportDate, currency, kpis, b.gradeRows(scale), approvals.rows,
                parTrend(selected, windowStart, reportDate, scale), vintages(selected, filter, reportDate),
                shares(b.byCategory, b.total, scale), shares(b.byRegion, b.total, scale),
                underwriters(book, filter), otherCurrency);
    }

    private static LocalDate windowStart(PortfolioFilter filter, PortfolioBook book, List<LoanFact> loans) {
        if (filter.from() != null) {
            return filter.from();
        }
        LocalDate first = null;
        for (LoanFact l : loans) {
            first = first == null || l.disbursedOn.isBefore(first) ? l.disbursedOn : first;
        }
        for (ApplicationRecord a : book.applications()) {
            first = first == null || a.submittedOn().isBefore(first) ? a.submittedOn() : first;
        }
        return first;
    }

    /** The book on one day: totals, PAR, expected loss, by grade × bucket, by category and region. */
    private final class Book {
        long total;
        int loans;
        long par30;
        long par90;
        BigDecimal elMinor = BigDecimal.ZERO;
        final Map<String, long[]> byGradeBucket = new HashMap<>();
        final Map<String, long[]> byCategory = new HashMap<>();
        final Map<String, long[]> byRegion = new HashMap<>();

        BigDecimal expectedLoss(BigDecimal lgd, int scale) {
            return elMinor.multiply(lgd).movePointLeft(scale).setScale(scale, RoundingMode.HALF_EVEN);
        }

        List<GradeRow> gradeRows(int scale) {
            List<GradeRow> rows = new ArrayList<>();
            byGradeBucket.forEach((key, v) -> {
                int bar = key.lastIndexOf('|');
                rows.add(new GradeRow(key.substring(0, bar), Bucket.valueOf(key.substring(bar + 1)), money(v[0], scale),
                        (int) v[1]));
            });
            rows.sort(Comparator.comparing((GradeRow r) -> r.grade().equals(PortfolioReport.UNSCORED))
                    .thenComparing(GradeRow::grade).thenComparing(GradeRow::bucket));
            return rows;
        }
    }

    private Book measureBook(List<LoanFact> loans, LocalDate date, int scale) {
        int day = (int) date.toEpochDay();
        Book b = new Book();
        for (LoanFact l : loans) {
            long o = l.outstanding(day, settings.writeOffDays());
            if (o <= 0) {
                continue;
            }
            int dpd = l.daysPastDue(day);
            b.total += o;
            b.loans++;
            if (dpd > 30) {
                b.par30 += o;
            }
            if (dpd > 90) {
                b.par90 += o;
            }
            BigDecimal pd = l.defaultedBy(day) ? BigDecimal.ONE : l.pd;
            if (pd != null) {
                b.elMinor = b.elMinor.add(pd.multiply(BigDecimal.valueOf(o)));
            }
            add(b.byGradeBucket, l.grade + "|" + Bucket.of(dpd).name(), o);
            add(b.byCategory, l.category == null ? PortfolioReport.UNSCORED : l.category, o);
            add(b.byRegion, l.region == null ? PortfolioReport.UNSCORED : l.region, o);
        }
        return b;
    }

    private static void add(Map<String, long[]> map, String key, long amount) {
        long[] v = map.computeIfAbsent(key, k -> new long[2]);
        v[0] += amount;
        v[1]++;
    }

    private static List<ShareRow> shares(Map<String, long[]> map, long total, int scale) {
        List<ShareRow> rows = new ArrayList<>();
        map.forEach((name, v) -> rows.add(new ShareRow(name, money(v[0], scale), ratio(v[0], total), (int) v[1])));
        rows.sort(Comparator.comparing(ShareRow::exposure).reversed().thenComparing(ShareRow::name));
        return rows;
    }

    private record Approvals(List<PeriodRow> rows, int approved, int decided) {
    }

    private static Approvals approvals(PortfolioBook book, List<LoanFact> loans, PortfolioFilter filter,
                                       LocalDate windowStart, LocalDate reportDate, int scale) {
        Period period = filter.period();
        TreeMap<LocalDate, long[]> byPeriod = new TreeMap<>(); // submitted, decided, approved, disbursed, volume
        if (windowStart != null && !windowStart.isAfter(reportDate)) {
            for (LocalDate p = period.start(windowStart); !p.isAfter(reportDate); p = period.next(p)) {
                byPeriod.put(p, new long[5]);
            }
        }
        int approved = 0;
        int decided = 0;
        for (ApplicationRecord a : book.applications()) {
            if (!filter.matches(a.product(), a.grade(), a.category(), a.region()) || !filter.inWindow(a.submittedOn())
                    || a.submittedOn().isAfter(reportDate)) {
                continue;
            }
            long[] v = byPeriod.computeIfAbsent(period.start(a.submittedOn()), k -> new long[5]);
            v[0]++;
            boolean isApproved = isApproved(a.status());
            if (isApproved || "DECLINED".equals(a.status())) {
                v[1]++;
                decided++;
            }
            if (isApproved) {
                v[2]++;
                approved++;
            }
        }
        for (LoanFact l : loans) {
            if (!filter.inWindow(l.disbursedOn) || l.disbursedOn.isAfter(reportDate)) {
                continue;
            }
            long[] v = byPeriod.computeIfAbsent(period.start(l.disbursedOn), k -> new long[5]);
            v[3]++;
            v[4] += l.principal;
        }
        List<PeriodRow> rows = new ArrayList<>(byPeriod.size());
        byPeriod.forEach((start, v) -> rows.add(new PeriodRow(start, period.label(start), (int) v[0], (int) v[1],
                (int) v[2], ratio(v[2], v[1]), (int) v[3], money(v[4], scale))));
        return new Approvals(rows, approved, decided);
    }

    /** Statuses an application reaches only through an approval. */
    static boolean isApproved(String status) {
        return switch (status) {
            case "APPROVED", "ACCEPTED", "DISBURSED", "REPAID", "IN_ARREARS", "DEFAULTED" -> true;
            default -> false;
        };
    }

    private List<ParPoint> parTrend(List<LoanFact> loans, LocalDate windowStart, LocalDate reportDate, int scale) {
        List<ParPoint> points = new ArrayList<>();
        if (windowStart == null || windowStart.isAfter(reportDate)) {
            return points;
        }
        for (LocalDate m = windowStart.withDayOfMonth(1); !m.isAfter(reportDate); m = m.plusMonths(1)) {
            LocalDate end = m.plusMonths(1).minusDays(1);
            LocalDate date = end.isAfter(reportDate) ? reportDate : end;
            int day = (int) date.toEpochDay();
            long total = 0;
            long p30 = 0;
            long p90 = 0;
            int count = 0;
            for (LoanFact l : loans) {
                long o = l.outstanding(day, settings.writeOffDays());
                if (o <= 0) {
                    continue;
                }
                int dpd = l.daysPastDue(day);
                total += o;
                count++;
                if (dpd > 30) {
                    p30 += o;
                }
                if (dpd > 90) {
                    p90 += o;
                }
            }
            points.add(new ParPoint(date, money(total, scale), count, ratio(p30, total), ratio(p90, total)));
        }
        return points;
    }

    private static List<VintageCurve> vintages(List<LoanFact> loans, PortfolioFilter filter, LocalDate reportDate) {
        Period period = filter.vintagePeriod();
        TreeMap<LocalDate, List<LoanFact>> cohorts = new TreeMap<>();
        for (LoanFact l : loans) {
            if (filter.inWindow(l.disbursedOn) && !l.disbursedOn.isAfter(reportDate)) {
                cohorts.computeIfAbsent(period.start(l.disbursedOn), k -> new ArrayList<>()).add(l);
            }
        }
        List<VintageCurve> curves = new ArrayList<>();
        cohorts.forEach((start, members) -> {
            LocalDate cohortEnd = period.end(start);
            int maxMob = 0;
            while (!cohortEnd.plusMonths(maxMob + 1L).isAfter(reportDate)) {
                maxMob++;
            }
            if (maxMob == 0) {
                return;
            }
            int[] defaultsAt = new int[maxMob + 2];
            for (LoanFact l : members) {
                if (l.defaultedOn == null || l.defaultedOn.isAfter(reportDate)) {
                    continue;
                }
                int mob = (int) ChronoUnit.MONTHS.between(l.disbursedOn, l.defaultedOn);
                if (l.disbursedOn.plusMonths(mob).isBefore(l.defaultedOn)) {
                    mob++;
                }
                defaultsAt[Math.max(1, Math.min(mob, maxMob + 1))]++;
            }
            List<BigDecimal> rates = new ArrayList<>(maxMob);
            int cumulative = defaultsAt[0];
            for (int m = 1; m <= maxMob; m++) {
                cumulative += defaultsAt[m];
                rates.add(ratio(cumulative, members.size()));
            }
            curves.add(new VintageCurve(period.label(start), start, members.size(), rates));
        });
        return curves;
    }

    /**
     * Decisions in the window; without an end date that includes decisions made after the data's
     * as-of date (decisions are made today on data of an earlier day).
     */
    private static List<UnderwriterRow> underwriters(PortfolioBook book, PortfolioFilter filter) {
        Map<String, int[]> byUser = new LinkedHashMap<>(); // decisions, overrides, override loans, override defaults
        for (DecisionRecord d : book.decisions()) {
            if ("REFER".equals(d.outcome()) || !filter.matches(d.product(), d.grade(), d.category(), d.region())
                    || !filter.inWindow(d.decidedOn())) {
                continue;
            }
            int[] v = byUser.computeIfAbsent(d.decidedBy(), k -> new int[4]);
            v[0]++;
            if (isOverride(d)) {
                v[1]++;
                if (d.loanStatus() != null) {
                    v[2]++;
                    if ("DEFAULTED".equals(d.loanStatus())) {
                        v[3]++;
                    }
                }
            }
        }
        List<UnderwriterRow> rows = new ArrayList<>();
        byUser.forEach((user, v) -> rows.add(new UnderwriterRow(user, v[0], v[1], ratio(v[1], v[0]), v[2], v[3],
                ratio(v[3], v[2]))));
        rows.sort(Comparator.comparing(UnderwriterRow::user));
        return rows;
    }

    /** Approved with changed terms, approved against no offer, or declined against an offer. */
    static boolean isOverride(DecisionRecord d) {
        boolean offered = d.recommendedAmount() != null && d.recommendedAmount().signum() > 0;
        return switch (d.outcome()) {
            case "APPROVE_CHANGED" -> true;
            case "APPROVE" -> !offered;
            case "DECLINE" -> offered;
            default -> false;
        };
    }

    private static BigDecimal money(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale);
    }

    static BigDecimal ratio(long num, long den) {
        return den == 0 ? null : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), RATE_SCALE, RoundingMode.HALF_EVEN);
    }
}
