package io.creditdesk.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The little storage the offer feature reads besides the seller aggregates. */
public interface OfferStore {
    /** The newest score of the seller with an as-of date on or before {@code asOf}, if any. */
    Optional<ScoreRecord> latestScore(String sellerId, LocalDate asOf);

    /** The worst days past due over unpaid instalments (due before {@code asOf}) of the seller's active loans; 0 if none. */
    int maxDaysInArrears(String sellerId, LocalDate asOf);

    /** Sum of the amounts of OPEN (shipped but not yet confirmed) order lines placed in [from, toExclusive). */
    BigDecimal openOrderValue(String sellerId, LocalDate from, LocalDate toExclusive);
}
