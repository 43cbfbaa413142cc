package io.creditdesk.seller;

import java.time.LocalDate;

/** A marketplace seller as imported or generated. */
public record Seller(
        String sellerId,
        String name,
        String category,
        String region,
        String city,
        LocalDate joinedOn,
        String currency,
        String source) {
}
