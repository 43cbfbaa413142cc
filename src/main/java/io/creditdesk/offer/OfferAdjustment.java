package io.creditdesk.offer;

import java.math.BigDecimal;

/**
 * The underwriter's changes to a recommended offer; every field is optional (null = keep the
 * recommendation).
 *
 * @param term     months for a term loan, days for an order-backed advance (not used by a revenue advance)
 * @param price    annual rate for a term loan / order-backed advance; flat fee share for a revenue advance
 * @param withholdRate share of daily sales withheld (revenue advance only)
 */
public record OfferAdjustment(BigDecimal amount, Integer term, BigDecimal price, BigDecimal withholdRate,
                              RepaymentMethod method) {
    public static final OfferAdjustment NONE = new OfferAdjustment(null, null, null, null, null);

    public boolean isEmpty() {
        return amount == null && term == null && price == null && withholdRate == null && method == null;
    }
}
