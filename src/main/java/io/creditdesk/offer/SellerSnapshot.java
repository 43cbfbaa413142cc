package io.creditdesk.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.creditdesk.money.Money;

/**
 * Everything the policy rules and the offer engine look at for one seller as of one date. A plain
 * input record: the scoring features will fill it later; today {@link SellerSnapshots} builds it
 * from the monthly and daily aggregates.
 *
 * @param tenureMonths          whole months since the seller joined (or first sold)
 * @param completedOrders90d    completed orders in the 90 days up to {@code asOf}
 * @param daysSinceLastOrder    days from the last day with an order to {@code asOf}; null if none known
 * @param disputeRate           disputed ÷ all orders of the last 6 months (0 when there were none)
 * @param maxDaysInArrears      the worst days past due of the seller's active loans (0 if none)
 * @param grade                 risk grade A–E
 * @param pd                    probability of default (12 months), e.g. 0.034
 * @param scored                false when no score exists and the grade / PD are the conservative default
 * @param avgMonthlyNetSales6m  average monthly net (completed) sales of the last 6 months
 * @param dailySales            net sales per day of the last 52 weeks (ending on {@code asOf})
 * @param openOrderValue        value of shipped-but-unconfirmed (open) orders, for the order-backed advance
 */
public record SellerSnapshot(
        String sellerId,
        LocalDate asOf,
        int tenureMonths,
        int completedOrders90d,
        Integer daysSinceLastOrder,
        BigDecimal disputeRate,
        int maxDaysInArrears,
        String grade,
        BigDecimal pd,
        boolean scored,
        Money avgMonthlyNetSales6m,
        DailySales dailySales,
        Money openOrderValue) {

    public SellerSnapshot {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(disputeRate, "disputeRate");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(pd, "pd");
        Objects.requireNonNull(avgMonthlyNetSales6m, "avgMonthlyNetSales6m");
        Objects.requireNonNull(dailySales, "dailySales");
        Objects.requireNonNull(openOrderValue, "openOrderValue");
        if (!avgMonthlyNetSales6m.currency().equals(dailySales.currency())) {
            throw new IllegalArgumentException("sales figures in different currencies");
        }
    }

    public String currencyCode() {
        return avgMonthlyNetSales6m.currencyCode();
    }
}
