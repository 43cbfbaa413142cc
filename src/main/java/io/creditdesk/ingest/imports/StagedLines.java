package io.creditdesk.ingest.imports;

import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderLineSink;
import io.creditdesk.seller.OrderLineStage;

/**
 * Sends each order line of a bulk import to its staging area as the first line of its natural key
 * (order, seller) or as a later one, which replaces it when the import completes. Keys are known by
 * a 64-bit hash (8 bytes a key); two keys with the same hash only send the second the slower way
 * (it is upserted), never lose it. Runs on the writer thread.
 */
final class StagedLines implements OrderLineSink {
    private final OrderLineStage stage;
    private final LongHashSet keys = new LongHashSet();

    StagedLines(OrderLineStage stage) {
        this.stage = stage;
    }

    @Override
    public void orderLine(OrderLine line) {
        if (keys.add(line.orderId() + '\u001f' + line.sellerId())) {
            stage.orderLine(line);
        } else {
            stage.laterLine(line);
        }
    }

    @Override
    public void flush() {
        stage.flush();
    }
}
