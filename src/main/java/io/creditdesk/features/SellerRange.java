package io.creditdesk.features;

import java.time.LocalDate;
import java.util.Map;

/**
 * A part of the sellers for a split all-sellers pass: ids from {@code fromSellerId} (inclusive, null = from
 * the first) to {@code toSellerId} (exclusive, null = to the last), with each seller's joining date.
 */
public record SellerRange(String fromSellerId, String toSellerId, Map<String, LocalDate> joinedOn) {
}
