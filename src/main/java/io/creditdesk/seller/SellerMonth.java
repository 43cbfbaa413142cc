package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Monthly aggregate of one seller's orders (the seller_month table). {@code saleDays}: bit (d - 1)
 * set when day d of the month had orders; 0 when unknown.
 */
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
        BigDecimal top10BuyerGmv,
        int saleDays) {

    /** The day of {@link #monthStart()}'s month with the last sale strictly before {@code before}, or null. */
    public static LocalDate lastSaleDay(LocalDate monthStart, int saleDays, LocalDate before) {
        int mask = saleDays;
        if (!before.isAfter(monthStart)) {
            return null;
        }
        if (before.getYear() == monthStart.getYear() && before.getMonth() == monthStart.getMonth()) {
            mask &= (1 << (before.getDayOfMonth() - 1)) - 1;
        }
        return mask == 0 ? null : monthStart.withDayOfMonth(32 - Integer.numberOfLeadingZeros(mask));
    }
}
