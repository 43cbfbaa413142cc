package io.creditdesk.seller;

import java.util.Optional;
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
     * A staging area for the order lines of an import when order_line has no rows (ADR 0012); empty
     * when it has rows (the import then upserts inside {@link #write}) or an import is being completed.
     */
    default Optional<OrderLineStage> stageOrderLines() {
        return Optional.empty();
    }

    /** Deletes all marketplace data (sellers, orders, aggregates, applications, loans, repayments). */
    void clear();
}
