package io.creditdesk.ingest.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.LoanStatus;
import io.creditdesk.loan.Repayment;

/**
 * The loan history of one seller and its open application, if any.
 *
 * <p>Sellers with at least CNY 4,000 of monthly sales apply from time to time (weaker sellers a little
 * more often). Some applications are withdrawn or declined (by a crude rule on what an underwriter
 * could see); the rest become loans repaid monthly. Each instalment is missed with a probability that
 * rises as the hidden quality falls, as the seller's sales after the loan drop below their level at
 * application (a sales shock, unknowable at application) and as the instalment burden grows; three
 * missed instalments in a row, or one left unpaid for 90 days, is a default.
 */
final class LoanSimulator {
    static final String CNY = "CNY";
    static final double MIN_MONTHLY_SALES_CNY = 4_000;
    private static final BigDecimal MIN_AMOUNT = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(200_000);
    /** Log-odds of a missed instalment for an average seller with no shock and a 25% burden. */
    static final double MISS_INTERCEPT = -3.8;
    /** Added to those log-odds while an earlier instalment is still unpaid: distress persists. */
    static final double DISTRESS = 3.0;

    private final DemoSettings settings;
    private final LocalDate first;
    private final int months;
    private final int dayCount;

    LoanSimulator(DemoSettings settings) {
        this.settings = settings;
        this.first = settings.firstDay();
        this.months = settings.months();
        this.dayCount = (int) ChronoUnit.DAYS.between(first, settings.asOf()) + 1;
    }

    /** What the loan simulation produced for one seller. */
    record Result(List<Application> applications, List<Loan> loans, List<Repayment> repayments, boolean openQueue) {
    }

    Result simulate(Rng r, String sellerId, int index, double quality, SalesHistory h) {
        List<Application> apps = new ArrayList<>();
        List<Loan> loans = new ArrayList<>();
        List<Repayment> repayments = new ArrayList<>();
        long idBase = (index + 1L) * 100;
        int k = 0;
        int nextEligible = 6;
        double applyHazard = 0.12 * (1 + 0.6 * Rng.sigmoid(-quality));
        boolean blocked = false;
        LocalDate lastLoanEnd = null;
        for (int m = 6; m < months - 1 && !blocked && k < 90; m++) {
            double draw = r.uniform();
            if (m < nextEligible) {
                continue;
            }
            int d0 = monthFirstDay(m);
            int d1 = monthFirstDay(m + 1);
            if (h.churnDay() <= d0 || d0 - h.joinedDay() < 90) {
                continue;
            }
            if (lastLoanEnd != null && !first.plusDays(d0).isAfter(lastLoanEnd)) {
                continue;
            }
            double avg3 = h.meanGmvCny(m - 3, m);
            if (avg3 < MIN_MONTHLY_SALES_CNY || draw >= applyHazard) {
                continue;
            }
            int day = d0 + r.nextInt(d1 - d0);
            LocalDate submitted = first.plusDays(day);
            long appId = idBase + (++k);
            String product = r.chance(0.65) ? "term" : "revenue";
            int term = termDraw(r);
            double avg6 = h.meanGmvCny(m - 6, m);
            BigDecimal requested = requestedAmount(r, avg3);
            LocalDateTime submittedAt = submitted.atTime(8 + r.nextInt(14), r.nextInt(60), r.nextInt(60));
            double refund6 = h.refundRate(m - 6, m);
            double recentVsPrior = h.meanGmvCny(m - 3, m) / Math.max(1, h.meanGmvCny(m - 6, m - 3));
            double declineP = 0.08 + (refund6 > 0.07 ? 0.25 : 0) + (recentVsPrior < 0.6 ? 0.2 : 0);
            double u = r.uniform();
            if (u < 0.05) {
                apps.add(application(appId, sellerId, submittedAt, product, requested, term, ApplicationStatus.WITHDRAWN,
                        submitted));
                nextEligible = m + 2;
                continue;
            }
            if (u < 0.05 + declineP) {
                apps.add(application(appId, sellerId, submittedAt, product, requested, term, ApplicationStatus.DECLINED,
                        submitted));
                nextEligible = m + 4;
                continue;
            }
            BigDecimal cap = BigDecimal.valueOf(Math.floor(2.5 * avg6 / 1000) * 1000);
            BigDecimal principal = requested.min(cap).max(MIN_AMOUNT).setScale(2, RoundingMode.UNNECESSARY);
            LocalDate disbursed = submitted.plusDays(1 + r.nextInt(4));
            if (disbursed.isAfter(settings.asOf())) {
                disbursed = settings.asOf();
            }
            double risk = Math.min(1, refund6 / 0.10);
            BigDecimal price;
            if (product.equals("term")) {
                price = BigDecimal.valueOf(Math.round((0.12 + 0.08 * risk + r.uniform(-0.01, 0.01)) * 1000), 3);
            } else {
                price = BigDecimal.valueOf(Math.round((0.025 + 0.04 * risk + 0.01 * term / 12.0) * 1000), 3);
            }
            price = price.setScale(6, RoundingMode.UNNECESSARY);
            String loanId = "L" + appId;
            LoanOutcome outcome = repay(r, loanId, principal, price, product, term, disbursed, avg3, quality, h,
                    repayments);
            loans.add(new Loan(loanId, sellerId, appId, product, disbursed, principal, CNY, price, term, outcome.status,
                    outcome.defaultedOn));
            ApplicationStatus appStatus = switch (outcome.status) {
                case ACTIVE -> ApplicationStatus.DISBURSED;
                case REPAID -> ApplicationStatus.REPAID;
                case IN_ARREARS -> ApplicationStatus.IN_ARREARS;
                case DEFAULTED -> ApplicationStatus.DEFAULTED;
            };
            apps.add(application(appId, sellerId, submittedAt, product, requested, term, appStatus, submitted));
            if (outcome.status == LoanStatus.REPAID) {
                lastLoanEnd = outcome.lastPaid;
                nextEligible = m + 1;
            } else {
                blocked = true; // an active, late or defaulted loan: no new application
            }
        }
        boolean open = false;
        int last = months - 1;
        if (!blocked && h.churnDay() == Integer.MAX_VALUE && monthFirstDay(last) - h.joinedDay() >= 90
                && h.meanGmvCny(last - 3, last) >= MIN_MONTHLY_SALES_CNY && r.chance(0.16)) {
            LocalDate submitted = settings.asOf().minusDays(r.nextInt(14));
            if (!submitted.isBefore(first)) {
                LocalDateTime at = submitted.atTime(8 + r.nextInt(14), r.nextInt(60), r.nextInt(60));
                String product = r.chance(0.65) ? "term" : "revenue";
                int term = termDraw(r);
                BigDecimal requested = requestedAmount(r, h.meanGmvCny(last - 3, last));
                apps.add(new Application(idBase + 99, sellerId, at, product, requested, term, CNY,
                        ApplicationStatus.SUBMITTED, null, null, null, null, null));
                open = true;
            }
        }
        return new Result(apps, loans, repayments, open);
    }

    private static int termDraw(Rng r) {
        double u = r.uniform();
        return u < 0.3 ? 3 : u < 0.72 ? 6 : 12;
    }

    /** A multiple (0.8–3) of recent monthly sales, rounded to CNY 1,000, within CNY 10,000–200,000. */
    private static BigDecimal requestedAmount(Rng r, double monthlySales) {
        double raw = r.uniform(0.8, 3.0) * monthlySales;
        long rounded = Math.round(raw / 1000) * 1000;
        BigDecimal a = BigDecimal.valueOf(rounded);
        return a.max(MIN_AMOUNT).min(MAX_AMOUNT).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Application application(long id, String sellerId, LocalDateTime at, String product,
                                           BigDecimal requested, int term, ApplicationStatus status, LocalDate asOf) {
        return new Application(id, sellerId, at, product, requested, term, CNY, status, null, null, null, null, asOf);
    }

    private record LoanOutcome(LoanStatus status, LocalDate defaultedOn, LocalDate lastPaid) {
    }

    private LoanOutcome repay(Rng r, String loanId, BigDecimal principal, BigDecimal price, String product, int term,
                              LocalDate disbursed, double salesAtApplication, double quality, SalesHistory h,
                              List<Repayment> out) {
        BigDecimal[] due = schedule(principal, price, product, term);
        LocalDate asOf = settings.asOf();
        List<LocalDate> unpaidDue = new ArrayList<>();
        List<Integer> unpaidIdx = new ArrayList<>();
        LocalDate[] paidOn = new LocalDate[term];
        LocalDate defaultedOn = null;
        LocalDate lastPaid = null;
        int firstOpen = term; // instalments from here on are not yet due at as-of
        for (int i = 0; i < term; i++) {
            LocalDate dueOn = disbursed.plusMonths(i + 1L);
            if (dueOn.isAfter(asOf)) {
                firstOpen = i;
                break;
            }
            int dueDay = (int) ChronoUnit.DAYS.between(first, dueOn);
            int salesMonth = Math.max(0, monthOf(dueOn) - 1);
            double sales = h.churnDay() <= dueDay ? 0 : h.gmvCents()[salesMonth] / 100.0;
            double ratio = sales / Math.max(1, salesAtApplication);
            double shock = Math.max(0, -StrictMath.log(Math.max(ratio, 0.05)));
            double burden = due[i].doubleValue() / Math.max(1, salesAtApplication);
            double pMiss = Rng.sigmoid(MISS_INTERCEPT - 1.0 * quality + 1.2 * shock + 2.0 * (burden - 0.25)
                    + (unpaidIdx.isEmpty() ? 0 : DISTRESS));
            if (r.chance(pMiss)) {
                unpaidDue.add(dueOn);
                unpaidIdx.add(i);
                if (unpaidIdx.size() >= 3) {
                    defaultedOn = unpaidDue.get(0).plusDays(90);
                    firstOpen = i + 1;
                    break;
                }
                continue;
            }
            LocalDate pay = r.chance(Rng.sigmoid(-2.8 - 0.6 * quality + shock))
                    ? dueOn.plusDays(1 + r.nextInt(20)) : dueOn.minusDays(r.nextInt(3));
            if (pay.isAfter(asOf)) {
                pay = asOf;
            }
            for (int j : unpaidIdx) {
                paidOn[j] = pay; // catching up on the missed instalments
            }
            unpaidIdx.clear();
            unpaidDue.clear();
            paidOn[i] = pay;
            lastPaid = pay;
        }
        LoanStatus status;
        if (defaultedOn == null && !unpaidIdx.isEmpty()) {
            // missed instalments at the end of the observed history: cured later, or a default after 90 days
            LocalDate firstMissed = unpaidDue.get(0);
            boolean cures = r.chance(Rng.sigmoid(0.3 + 0.8 * quality));
            LocalDate cureOn = firstMissed.plusDays(20 + r.nextInt(60));
            if (cures && !cureOn.isAfter(asOf)) {
                for (int j : unpaidIdx) {
                    paidOn[j] = cureOn;
                }
                unpaidIdx.clear();
                lastPaid = cureOn;
            } else if (!cures && !firstMissed.plusDays(90).isAfter(asOf)) {
                defaultedOn = firstMissed.plusDays(90);
            }
        }
        if (defaultedOn != null && defaultedOn.isAfter(asOf)) {
            defaultedOn = null;
        }
        if (defaultedOn != null) {
            status = LoanStatus.DEFAULTED;
        } else if (!unpaidIdx.isEmpty()) {
            status = LoanStatus.IN_ARREARS;
        } else if (firstOpen >= term) {
            status = LoanStatus.REPAID;
        } else {
            status = LoanStatus.ACTIVE;
        }
        for (int i = 0; i < term; i++) {
            LocalDate dueOn = disbursed.plusMonths(i + 1L);
            out.add(new Repayment(loanId, dueOn, due[i], paidOn[i], paidOn[i] == null ? null : due[i]));
        }
        return new LoanOutcome(status, defaultedOn, lastPaid);
    }

    /**
     * Amounts due: a term loan pays an annuity at {@code price} per year (interest on the balance,
     * the last instalment clears it); an advance pays principal × (1 + fee) in equal monthly parts
     * (its real repayments follow daily sales; monthly instalments are a simplification here).
     */
    static BigDecimal[] schedule(BigDecimal principal, BigDecimal price, String product, int term) {
        BigDecimal[] due = new BigDecimal[term];
        MathContext mc = MathContext.DECIMAL64;
        if (product.equals("term")) {
            BigDecimal rate = price.divide(BigDecimal.valueOf(12), mc);
            BigDecimal factor = BigDecimal.ONE.add(rate).pow(-term, mc);
            BigDecimal instalment = principal.multiply(rate, mc)
                    .divide(BigDecimal.ONE.subtract(factor), mc).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal balance = principal;
            for (int i = 0; i < term; i++) {
                BigDecimal interest = balance.multiply(rate, mc).setScale(2, RoundingMode.HALF_EVEN);
                BigDecimal amount = i == term - 1 ? balance.add(interest) : instalment;
                balance = balance.subtract(amount.subtract(interest));
                due[i] = amount;
            }
        } else {
            BigDecimal total = principal.multiply(BigDecimal.ONE.add(price)).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal part = total.divide(BigDecimal.valueOf(term), 2, RoundingMode.DOWN);
            for (int i = 0; i < term; i++) {
                due[i] = i == term - 1 ? total.subtract(part.multiply(BigDecimal.valueOf(term - 1L))) : part;
            }
        }
        return due;
    }

    private int monthFirstDay(int m) {
        if (m >= months) {
            return dayCount;
        }
        return (int) ChronoUnit.DAYS.between(first, first.plusMonths(m));
    }

    private int monthOf(LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(first, date.withDayOfMonth(1));
    }
}
