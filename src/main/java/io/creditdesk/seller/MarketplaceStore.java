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

    /**
     * For a bulk load right after {@link #clear()}: sets aside the primary key and indexes of the
     * largest marketplace table (the order lines) while it is empty, so rows go in without index
     * upkeep. Closing the result re-creates them exactly as they were, built
     * over the loaded rows; always close it (also after a failure or a cancel). Rows loaded meanwhile
     * must have unique keys, or re-creating the primary key fails. By default nothing is set aside.
     */
    default DeferredKeys deferKeys() {
        return () -> { };
    }

    /** Keys set aside by {@link #deferKeys()}; {@link #close()} puts them back and may be called again. */
    interface DeferredKeys extends AutoCloseable {
        @Override
        void close();
    }

    /** Deletes all marketplace data (sellers, orders, aggregates, applications, loans, repayments). */
    void clear();
}
