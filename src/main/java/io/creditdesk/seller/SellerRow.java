package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the seller browser, as of a date.
 *
 * @param score          the active model's latest score, or {@code null} when the seller is unscored
 * @param grade          its grade A–E, or {@code null}
 * @param growth         12-month GMV against the 12 months before, minus one (0.25 = +25 %);
 *                       {@code null} when there were no sales in the earlier year
 * @param refundRate     refunded orders / orders over the 12 months (0 when there were no orders)
 * @param reviewAverage  average review (1–5) over the 12 months, or {@code null} without reviews
 * @param openApplication whether the seller has an application submitted, in review or referred
 */
public record SellerRow(
        String sellerId,
        String name,
        String category,
        String region,
        LocalDate joinedOn,
        int tenureMonths,
        BigDecimal gmv12m,
        int orders12m,
        Integer score,
        String grade,
        Double growth,
        double refundRate,
        Double reviewAverage,
        boolean openApplication) {

    /** A row with only the identity and 12-month sales known (unscored, no reviews, no application). */
    public static SellerRow basic(String sellerId, String name, String category, String region, LocalDate joinedOn,
                                  int tenureMonths, BigDecimal gmv12m, int orders12m) {
        return new SellerRow(sellerId, name, category, region, joinedOn, tenureMonths, gmv12m, orders12m,
                null, null, null, 0, null, false);
    }
}
