package io.creditdesk.seller;

/**
 * The order lines of one import written ahead into a private staging table, committed in chunks so
 * that no transaction grows with the file. Nothing a reader sees changes until
 * {@link MarketplaceWriter#moveStaged} moves the rows into the order lines inside the import's
 * transaction; {@link #close()} drops the staging table (after a move, a refusal, a cancel or a
 * failure alike).
 */
public interface OrderLineStage extends AutoCloseable {
    /** Adds one validated line (batched; committed every few thousand lines). */
    void add(OrderLine line);

    /** Writes and commits what is pending. */
    void flush();

    /** Lines added so far. */
    long rows();

    /** Drops the staging table. */
    @Override
    void close();
}
