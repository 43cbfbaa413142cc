package io.creditdesk.features;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Storage the feature computation needs: the monthly aggregates, as per-seller histories in seller order or
 * as a scan of all rows in storage order (whose sale-day bits also give the last day with sales).
 */
public interface FeatureRepository {
    /**
     * Every seller once, in seller order, with its months before {@code toExclusive} (from
     * {@code fromInclusive}, or all when null) in ascending order. The history object is reused between calls.
     */
    void forEachSeller(LocalDate fromInclusive, LocalDate toExclusive, Consumer<SellerHistory> sink);

    /** Every seller's id with its joining date (null when unknown). */
    Map<String, LocalDate> sellers();

    /** The monthly table split into {@code parts} parts of about equal size (fewer for a tiny table, none if empty). */
    List<MonthScanPart> monthScanParts(int parts);

    /**
     * Adds every monthly row of {@code part} whose seller is in {@code sellerIndex} to {@code window} as that
     * seller's number. Parts can be folded concurrently into separate windows.
     */
    void foldMonths(MonthScanPart part, Map<String, Integer> sellerIndex, FeatureWindow window);

    /** One seller's history (months before {@code toExclusive}), or an empty history if unknown. */
    SellerHistory history(String sellerId, LocalDate toExclusive);
}
