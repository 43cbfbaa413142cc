package io.creditdesk.seller;

/** Where an import's validated order lines go: the import's transaction, or a staging area. */
public interface OrderLineSink {
    void orderLine(OrderLine line);

    /** Sends pending lines to the database. */
    void flush();
}
