package io.creditdesk.seller;

import io.creditdesk.common.Progress;

/**
 * The order lines of an import into an empty order_line, held outside the import's transaction
 * (ADR 0012): written in committed chunks to unindexed tables that no reader looks at, then, once
 * the import is accepted, made the order_line table with its keys built by sorting. Until
 * {@link MarketplaceWriter#acceptStage} commits, {@link #discard()} leaves the database as it was;
 * after it, the import can only be completed (by {@link #complete}, or when the database is next
 * opened).
 */
public interface OrderLineStage extends OrderLineSink {
    /** Staging table name, recorded by the accept mark. */
    String name();

    /** A line whose natural key (order, seller) came earlier in this import: it replaces that line. */
    void laterLine(OrderLine line);

    /** Drops the staging tables (before the accept mark: nothing of them was visible). */
    void discard();

    /**
     * After the accept mark committed: makes the staged lines order_line, merges the later lines over
     * them, refreshes the aggregates, moves the dataset's as-of date to the mark's last day if later,
     * and clears the mark. Not cancellable; interrupted, it is finished when the database is next opened.
     */
    void complete(Progress progress);
}
