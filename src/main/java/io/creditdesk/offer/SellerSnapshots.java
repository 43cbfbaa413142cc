package io.creditdesk.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.creditdesk.money.Money;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;

/**
 * Builds a {@link SellerSnapshot} from the seller_month / seller_day aggregates. Deliberately
 * simple (the lead replaces it with the scoring features): windows end on {@code asOf} inclusive.
 * <ul>
 * <li>average monthly net sales = completed sales of the last 6 complete months ÷ 6 (the month of
 *     {@code asOf} counts as complete when {@code asOf} is its last day);</li>
 * <li>completed orders in 90 days = monthly completed orders, pro-rated by day for the month that
 *     straddles the window start;</li>
 * <li>dispute rate = disputed ÷ all orders in the same 6 months;</li>
 * <li>daily sales = the 364 days (52 whole weeks) ending on {@code asOf}.</li>
 * </ul>
 */
public final class SellerSnapshots {
    /** Days of daily history the simulator replays: 52 whole weeks. */
    public static final int HISTORY_DAYS = 364;

    private final String unscoredGrade;
    private final BigDecimal unscoredPd;

    /** @param unscoredGrade grade assumed when no score exists (conservative: D); {@code unscoredPd} its PD */
    public SellerSnapshots(String unscoredGrade, BigDecimal unscoredPd) {
        this.unscoredGrade = unscoredGrade;
        this.unscoredPd = unscoredPd;
    }

    /** Grade D at PD 10% (the top of the D band) when a seller has no score. */
    public static SellerSnapshots conservative() {
        return new SellerSnapshots("D", new BigDecimal("0.10"));
    }

    /** First day of the daily history that {@link #snapshot} expects for {@code asOf}. */
    public static LocalDate historyStart(LocalDate asOf) {
        return asOf.minusDays(HISTORY_DAYS - 1L);
    }

    public SellerSnapshot snapshot(Seller seller, List<SellerMonth> months, List<SellerDay> days,
                                   Optional<ScoreRecord> score, int maxDaysInArrears, BigDecimal openOrderValue,
                                   LocalDate asOf) {
        Currency currency = Currency.getInstance(seller.currency() == null ? "CNY" : seller.currency());
        LocalDate first = historyStart(asOf);
        long[] daily = new long[HISTORY_DAYS];
        LocalDate lastOrderDay = null;
        for (SellerDay d : days) {
            if (d.salesDay().isBefore(first) || d.salesDay().isAfter(asOf)) {
                continue;
            }
            int i = (int) ChronoUnit.DAYS.between(first, d.salesDay());
            daily[i] += MinorUnits.of(d.gmv(), currency);
            if (d.orders() > 0 && (lastOrderDay == null || d.salesDay().isAfter(lastOrderDay))) {
                lastOrderDay = d.salesDay();
            }
        }

        LocalDate asOfMonth = asOf.withDayOfMonth(1);
        boolean asOfMonthComplete = asOf.equals(asOf.withDayOfMonth(asOf.lengthOfMonth()));
        LocalDate sixTo = asOfMonthComplete ? asOfMonth.plusMonths(1) : asOfMonth; // exclusive
        LocalDate sixFrom = sixTo.minusMonths(6);
        BigDecimal gmv6 = BigDecimal.ZERO;
        long orders6 = 0;
        long disputed6 = 0;
        LocalDate window90 = asOf.minusDays(89);
        BigDecimal completed90 = BigDecimal.ZERO;
        LocalDate firstMonth = null;
        LocalDate lastOrderMonth = null;
        for (SellerMonth m : months) {
            LocalDate start = m.monthStart();
            if (start.isAfter(asOf)) {
                continue;
            }
            if (firstMonth == null || start.isBefore(firstMonth)) {
                firstMonth = start;
            }
            if (m.orders() > 0 && (lastOrderMonth == null || start.isAfter(lastOrderMonth))) {
                lastOrderMonth = start;
            }
            if (!start.isBefore(sixFrom) && start.isBefore(sixTo)) {
                gmv6 = gmv6.add(m.gmv());
                orders6 += m.orders();
                disputed6 += m.disputedOrders();
            }
            LocalDate end = min(start.plusMonths(1).minusDays(1), asOf);
            if (!end.isBefore(window90)) {
                LocalDate from = start.isBefore(window90) ? window90 : start;
                long overlap = ChronoUnit.DAYS.between(from, end) + 1;
                long span = ChronoUnit.DAYS.between(start, end) + 1;
                completed90 = completed90.add(BigDecimal.valueOf(m.completedOrders())
                        .multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(span), 6, RoundingMode.HALF_EVEN));
            }
        }

        Integer daysSince = null;
        if (lastOrderDay != null) {
            daysSince = (int) ChronoUnit.DAYS.between(lastOrderDay, asOf);
        } else if (lastOrderMonth != null) {
            daysSince = (int) ChronoUnit.DAYS.between(min(lastOrderMonth.plusMonths(1).minusDays(1), asOf), asOf);
        }
        LocalDate since = seller.joinedOn() != null ? seller.joinedOn() : firstMonth;
        int tenure = since == null ? 0 : (int) Math.max(0, ChronoUnit.MONTHS.between(since, asOf));
        BigDecimal disputeRate = orders6 == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(disputed6).divide(BigDecimal.valueOf(orders6), 4, RoundingMode.HALF_EVEN);

        String grade = score.map(ScoreRecord::grade).orElse(unscoredGrade);
        BigDecimal pd = score.map(ScoreRecord::pd).orElse(unscoredPd);
        return new SellerSnapshot(seller.sellerId(), asOf, tenure,
                completed90.setScale(0, RoundingMode.FLOOR).intValueExact(), daysSince, disputeRate,
                maxDaysInArrears, grade, pd, score.isPresent(),
                new Money(gmv6.divide(BigDecimal.valueOf(6), 10, RoundingMode.HALF_EVEN), currency),
                new DailySales(first, daily, currency),
                new Money(openOrderValue == null ? BigDecimal.ZERO : openOrderValue, currency));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
