package io.creditdesk.offer;

import java.math.BigDecimal;

/**
 * Size and price bounds of one product, in units of the seller's currency.
 *
 * @param priceFloor for a term loan and an order-backed advance the annual rate; for a revenue-based
 *                   advance the flat fee as a share of the amount
 */
public record ProductLimits(BigDecimal minAmount, BigDecimal maxAmount, BigDecimal priceFloor, BigDecimal priceCap) {
    public ProductLimits {
        if (priceFloor.compareTo(priceCap) > 0 || minAmount.compareTo(maxAmount) > 0) {
            throw new IllegalArgumentException("floor above cap");
        }
    }

    BigDecimal clampPrice(BigDecimal price) {
        return price.max(priceFloor).min(priceCap);
    }
}
