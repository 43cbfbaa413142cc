package io.creditdesk.seller;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Storage the seller feature needs. */
public interface SellerRepository {
    /** Every seller as a browser row, 12-month figures as of {@code asOf}. */
    List<SellerRow> browserRows(LocalDate asOf);

    Optional<Seller> find(String sellerId);

    List<SellerMonth> months(String sellerId);

    List<SellerDay> days(String sellerId, LocalDate fromInclusive, LocalDate toExclusive);

    /** The seller's loans, newest first, with what was due and paid up to {@code asOf}. */
    List<SellerLoan> loans(String sellerId, LocalDate asOf);

    /** The seller's notes, oldest first. */
    List<SellerNote> notes(String sellerId);

    /** Adds a note and returns it with its id. */
    SellerNote addNote(String sellerId, String author, LocalDateTime writtenAt, String text);
}
