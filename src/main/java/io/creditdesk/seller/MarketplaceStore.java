package io.creditdesk.seller;

import java.util.function.Function;

/** Opens one transaction for bulk marketplace writes: all of {@code body} commits, or nothing does. */
public interface MarketplaceStore {
    <T> T write(Function<MarketplaceWriter, T> body);

    /** Deletes all marketplace data (sellers, orders, aggregates, applications, loans, repayments). */
    void clear();
}
