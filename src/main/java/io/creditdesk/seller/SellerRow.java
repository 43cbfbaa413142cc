package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the seller browser. */
public record SellerRow(
        String sellerId,
        String name,
        String category,
        String region,
        LocalDate joinedOn,
        int tenureMonths,
        BigDecimal gmv12m,
        int orders12m) {
}
