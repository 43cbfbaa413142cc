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
        /** Per grade: exposure and count for each bucket, interleaved. */
        final Map<String, long[]> byGradeBucket = new HashMap<>();
        final Map<String, long[]> byCategory = new HashMap<>();
        final Map<String, long[]> byRegion = new HashMap<>();

        BigDecimal expectedLoss(BigDecimal lgd, int scale) {
            return elMinor.multiply(lgd).movePointLeft(scale).setScale(scale, RoundingMode.HALF_EVEN);
        }

        List<GradeRow> gradeRows(int scale) {
            List<GradeRow> rows = new ArrayList<>();
            byGradeBucket.forEach((grade, v) -> {
                for (Bucket bucket : Bucket.values()) {
                    int i = bucket.ordinal() * 2;
                    if (v[i + 1] > 0) {
                        rows.add(new GradeRow(grade, bucket, money(v[i], scale), (int) v[i + 1]));
                    }
                }
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
            long[] gb = b.byGradeBucket.computeIfAbsent(l.grade, g -> new long[Bucket.values().length * 2]);
            int bucket = Bucket.of(dpd).ordinal();
            gb[bucket * 2] += o;
            gb[bucket * 2 + 1]++;
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
        List<LocalDate> starts = new ArrayList<>();
        if (windowStart != null && !windowStart.isAfter(reportDate)) {
            for (LocalDate p = period.start(windowStart); !p.isAfter(reportDate); p = period.next(p)) {
                starts.add(p);
            }
        }
        int n = starts.size();
        int first = n == 0 ? 0 : (int) starts.get(0).toEpochDay();
        int last = (int) reportDate.toEpochDay();
        // period of each day of the window, so no record needs a date object
        int[] periodOf = new int[n == 0 ? 0 : last - first + 1];
        for (int i = 0, d = first; i < n; i++) {
            int next = i + 1 < n ? (int) starts.get(i + 1).toEpochDay() : last + 1;
            for (; d < next; d++) {
                periodOf[d - first] = i;
            }
        }
        long[][] v = new long[n][5]; // submitted, decided, approved, disbursed, volume
        int approved = 0;
        int decided = 0;
        for (ApplicationRecord a : book.applications()) {
            int day = (int) a.submittedOn().toEpochDay();
            if (n == 0 || day < first || day > last || !filter.inWindow(a.submittedOn())
                    || !filter.matches(a.product(), a.grade(), a.category(), a.region())) {
                continue;
            }
            long[] p = v[periodOf[day - first]];
            p[0]++;
            boolean isApproved = isApproved(a.status());
            if (isApproved || "DECLINED".equals(a.status())) {
                p[1]++;
                decided++;
            }
            if (isApproved) {
                p[2]++;
                approved++;
            }
        }
        for (LoanFact l : loans) {
            if (n == 0 || l.disbursed < first || l.disbursed > last || !filter.inWindow(l.disbursedOn)) {
                continue;
            }
            long[] p = v[periodOf[l.disbursed - first]];
            p[3]++;
            p[4] += l.principal;
        }
        List<PeriodRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] p = v[i];
            rows.add(new PeriodRow(starts.get(i), period.label(starts.get(i)), (int) p[0], (int) p[1], (int) p[2],
                    ratio(p[2], p[1]), (int) p[3], money(p[4], scale)));
        }
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
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate m = windowStart.withDayOfMonth(1); !m.isAfter(reportDate); m = m.plusMonths(1)) {
            LocalDate end = m.plusMonths(1).minusDays(1);
            dates.add(end.isAfter(reportDate) ? reportDate : end);
        }
        int n = dates.size();
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            days[i] = (int) dates.get(i).toEpochDay();
        }
        long[] total = new long[n];
        long[] p30 = new long[n];
        long[] p90 = new long[n];
        int[] count = new int[n];
        int writeOff = settings.writeOffDays();
        for (LoanFact l : loans) { // one loan at a time through every month end: its arrays stay in cache
            for (int i = 0; i < n; i++) {
                int day = days[i];
                if (day < l.disbursed) {
                    continue;
                }
                long o = l.outstanding(day, writeOff);
                if (o <= 0) {
                    if (day >= l.repaidInFull) {
                        break; // repaid: nothing more at later month ends
                    }
                    continue;
                }
                int dpd = l.daysPastDue(day);
                total[i] += o;
                count[i]++;
                if (dpd > 30) {
                    p30[i] += o;
                }
                if (dpd > 90) {
                    p90[i] += o;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            points.add(new ParPoint(dates.get(i), money(total[i], scale), count[i], ratio(p30[i], total[i]),
                    ratio(p90[i], total[i])));
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
