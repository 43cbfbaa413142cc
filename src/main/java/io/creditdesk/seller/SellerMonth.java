package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Monthly aggregate of one seller's orders (the seller_month table). */
public record SellerMonth(
        String sellerId,
        LocalDate monthStart,
        int orders,
        int completedOrders,
        int cancelledOrders,
        int refundedOrders,
        int disputedOrders,
        BigDecimal gmv,
        int reviews,
        int reviewSum,
        int lowReviews,
        int shippedOrders,
        int lateOrders,
        int repeatOrders,
        int buyers,
        BigDecimal top10BuyerGmv) {
}
