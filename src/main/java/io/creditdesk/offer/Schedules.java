package io.creditdesk.offer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.creditdesk.money.Money;

/**
 * Term-loan schedules with monthly compounding at {@code annualRate ÷ 12}. Interest per month is
 * the balance × monthly rate rounded HALF_EVEN to the minor unit; the last instalment repays the
 * exact remaining balance, so the principal parts always sum to the amount.
 */
public final class Schedules {
    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Schedules() {
    }

    public static BigDecimal monthlyRate(BigDecimal annualRate) {
        return annualRate.divide(TWELVE, MC);
    }

    /** The level instalment A·r / (1 − (1+r)^−n), rounded HALF_EVEN to the minor unit. */
    public static Money annuityInstalment(Money amount, BigDecimal annualRate, int months) {
        checkMonths(months);
        BigDecimal r = monthlyRate(annualRate);
        if (r.signum() == 0) {
            return new Money(amount.amount().divide(BigDecimal.valueOf(months), MC), amount.currency());
        }
        BigDecimal f = BigDecimal.ONE.add(r).pow(months, MC);
        return new Money(amount.amount().multiply(r).multiply(f).divide(f.subtract(BigDecimal.ONE), MC), amount.currency());
    }

    /** The largest amount whose annuity instalment stays ≤ {@code maxInstalment} (exact, before any round-down). */
    public static BigDecimal annuityPrincipalFor(Money maxInstalment, BigDecimal annualRate, int months) {
        BigDecimal r = monthlyRate(annualRate);
        if (r.signum() == 0) {
            return maxInstalment.amount().multiply(BigDecimal.valueOf(months));
        }
        BigDecimal f = BigDecimal.ONE.add(r).pow(months, MC);
        return maxInstalment.amount().multiply(f.subtract(BigDecimal.ONE)).divide(r.multiply(f), MC);
    }

    /** The largest amount whose first equal-principal instalment A/n + A·r stays ≤ {@code maxInstalment}. */
    public static BigDecimal equalPrincipalFor(Money maxInstalment, BigDecimal annualRate, int months) {
        BigDecimal perUnit = BigDecimal.ONE.divide(BigDecimal.valueOf(months), MC).add(monthlyRate(annualRate));
        return maxInstalment.amount().divide(perUnit, MC);
    }

    public static Schedule annuity(Money amount, BigDecimal annualRate, int months, LocalDate start) {
        Money level = annuityInstalment(amount, annualRate, months);
        BigDecimal r = monthlyRate(annualRate);
        List<Instalment> lines = new ArrayList<>(months);
        Money balance = amount;
        for (int k = 1; k <= months; k++) {
            Money interest = balance.times(r);
            Money principal = k == months ? balance : level.minus(interest);
            if (principal.isGreaterThan(balance)) {
                principal = balance;
            }
            balance = balance.minus(principal);
            lines.add(new Instalment(k, start.plusMonths(k), principal.plus(interest), principal, interest, balance));
        }
        return new Schedule(RepaymentMethod.ANNUITY, lines);
    }

    public static Schedule equalPrincipal(Money amount, BigDecimal annualRate, int months, LocalDate start) {
        checkMonths(months);
        BigDecimal r = monthlyRate(annualRate);
        Money part = new Money(amount.amount().divide(BigDecimal.valueOf(months), MC), amount.currency());
        List<Instalment> lines = new ArrayList<>(months);
        Money balance = amount;
        for (int k = 1; k <= months; k++) {
            Money interest = balance.times(r);
            Money principal = k == months ? balance : part.min(balance);
            balance = balance.minus(principal);
            lines.add(new Instalment(k, start.plusMonths(k), principal.plus(interest), principal, interest, balance));
        }
        return new Schedule(RepaymentMethod.EQUAL_PRINCIPAL, lines);
    }

    public static Schedule of(RepaymentMethod method, Money amount, BigDecimal annualRate, int months, LocalDate start) {
        return switch (method) {
            case ANNUITY -> annuity(amount, annualRate, months, start);
            case EQUAL_PRINCIPAL -> equalPrincipal(amount, annualRate, months, start);
            case BULLET -> throw new IllegalArgumentException("a bullet repayment has no monthly schedule");
        };
    }

    /**
     * APR of a schedule: 12 × the monthly internal rate of return of (−amount, payment₁ … paymentₙ),
     * found by bisection in exact decimals, rounded HALF_EVEN to 4 decimals (0.1800 = 18.00%).
     */
    public static BigDecimal apr(Money amount, Schedule schedule) {
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ONE;
        MathContext mc = new MathContext(24);
        for (int i = 0; i < 60; i++) {
            BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), mc);
            BigDecimal pv = BigDecimal.ZERO;
            BigDecimal disc = BigDecimal.ONE;
            BigDecimal step = BigDecimal.ONE.divide(BigDecimal.ONE.add(mid), mc);
            for (Instalment line : schedule.instalments()) {
                disc = disc.multiply(step, mc);
                pv = pv.add(line.payment().amount().multiply(disc, mc), mc);
            }
            if (pv.compareTo(amount.amount()) > 0) {
                lo = mid; // payments worth more than the amount: the rate is higher
            } else {
                hi = mid;
            }
        }
        return lo.add(hi).divide(BigDecimal.valueOf(2), mc).multiply(TWELVE).setScale(4, RoundingMode.HALF_EVEN);
    }

    private static void checkMonths(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a term has at least one month");
        }
    }
}
