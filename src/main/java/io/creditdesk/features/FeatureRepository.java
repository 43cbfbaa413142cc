package io.creditdesk.features;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Storage the feature computation needs: streams of the monthly aggregates and the last day with sales. */
public interface FeatureRepository {
    /**
     * Every seller once, in seller order, with its months before {@code toExclusive} (from
     * {@code fromInclusive}, or all when null) in ascending order. The history object is reused between calls.
     */
    void forEachSeller(LocalDate fromInclusive, LocalDate toExclusive, Consumer<SellerHistory> sink);

    /** The sellers split into {@code parts} id ranges of about equal size (fewer when there are fewer sellers). */
    List<SellerRange> sellerRanges(int parts);

    /**
     * Like {@link #forEachSeller(LocalDate, LocalDate, Consumer)} for the sellers of one range; ranges can be
     * read concurrently (each call uses its own connection and history object).
     */
    void forEachSeller(SellerRange range, LocalDate fromInclusive, LocalDate toExclusive, Consumer<SellerHistory> sink);

    /** One seller's history (months before {@code toExclusive}), or an empty history if unknown. */
    SellerHistory history(String sellerId, LocalDate toExclusive);

    /** Per seller the last day with orders before {@code before}. */
    Map<String, LocalDate> lastSaleDays(LocalDate before);

    /** The last day with orders before {@code before}, or null. */
    LocalDate lastSaleDay(String sellerId, LocalDate before);

    /** The first month with orders of every seller (for tenure when the stream starts later). */
    Map<String, LocalDate> firstOrderMonths();
}
