package io.creditdesk.seller;

import java.util.function.Function;

/** Opens one transaction for bulk marketplace writes: all of {@code body} commits, or nothing does. */
public interface MarketplaceStore {
    <T> T write(Function<MarketplaceWriter, T> body);

    /**
     * Like {@link #write}, for rows known to be new (a bulk load after {@link #clear()}): an
     * implementation may use plain inserts, which are faster than upserts; a duplicate key fails the
     * transaction instead of updating.
     */
    default <T> T writeNew(Function<MarketplaceWriter, T> body) {
        return write(body);
    }

    /** Deletes all marketplace data (sellers, orders, aggregates, applications, loans, repayments). */
    void clear();
}
