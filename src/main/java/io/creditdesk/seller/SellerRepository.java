package io.creditdesk.seller;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage the seller feature needs. */
public interface SellerRepository {
    /** Every seller as a browser row, 12-month figures as of {@code asOf}. */
    List<SellerRow> browserRows(LocalDate asOf);

    Optional<Seller> find(String sellerId);

    List<SellerMonth> months(String sellerId);

    List<SellerDay> days(String sellerId, LocalDate fromInclusive, LocalDate toExclusive);
}
