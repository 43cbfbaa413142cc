package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Daily aggregate of one seller's orders (the seller_day table). */
public record SellerDay(String sellerId, LocalDate salesDay, int orders, BigDecimal gmv) {
}
