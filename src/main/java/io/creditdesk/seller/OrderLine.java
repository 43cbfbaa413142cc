package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One order line of one seller; {@code orderId + sellerId} is the natural key. The buyer is stored
 * only as a salted hash. {@code reviewScore} and {@code shippedLate} may be null (unknown).
 */
public record OrderLine(
        String orderId,
        String sellerId,
        LocalDateTime placedAt,
        BigDecimal amount,
        BigDecimal freight,
        String currency,
        OrderStatus status,
        String buyerHash,
        Integer reviewScore,
        Boolean shippedLate) {
}
