package io.creditdesk.offer;

import java.math.BigDecimal;

/**
 * How the recommended price was built: annual rate = cost of funds + expected loss (PD × LGD)
 * + operating cost + margin, then held between the product's floor and cap. For a revenue-based
 * advance {@code feeRate} is that annual rate × the expected months to repay ÷ 12, held between the
 * product's fee floor and cap; for an order-backed advance it is annual rate × days ÷ 365.
 */
public record PriceBreakdown(BigDecimal costOfFunds, BigDecimal expectedLoss, BigDecimal operatingCost,
                             BigDecimal margin, BigDecimal rawRate, BigDecimal floor, BigDecimal cap,
                             BigDecimal annualRate, BigDecimal feeRate) {
}
