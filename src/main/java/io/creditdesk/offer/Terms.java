package io.creditdesk.offer;

import java.math.BigDecimal;

import io.creditdesk.money.Money;

/**
 * One concrete set of offer terms (recommended or adjusted). Fields that do not apply to the
 * product are null: {@code termMonths}/{@code schedule} for term loans, {@code withholdRate}/
 * {@code simulation} for revenue advances, {@code termDays} for order-backed advances.
 *
 * @param price       annual rate (term, order) or flat fee share (revenue)
 * @param fee         the total cost of credit: interest or flat fee
 * @param totalRepayable amount + fee
 * @param apr         annual percentage rate, 4 decimals (revenue: fee ÷ amount × 365 ÷ median days; null if unknown)
 * @param instalment  the largest scheduled payment (term: first for equal principal)
 */
public record Terms(
        Product product,
        Money amount,
        Integer termMonths,
        Integer termDays,
        RepaymentMethod method,
        BigDecimal price,
        Money fee,
        Money totalRepayable,
        BigDecimal apr,
        Money instalment,
        BigDecimal withholdRate,
        Schedule schedule,
        SimulationResult simulation) {
}
