package io.creditdesk.ingest.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderLineSink;

/**
 * Hands validated order lines to the import's {@link OrderLineSink} on a thread of its own, so
 * that reading and validating the file (this thread) and H2 storing the rows (the writer) use both
 * cores. Lines travel in batches of {@value #BATCH} through a queue of {@value #QUEUE} batches, so
 * memory stays bounded whatever the file size. A write failure is rethrown to the reading thread at
 * its next call. The sink is the import's transaction (or a staging area with a connection of its
 * own); the reading thread touches the transaction again only after {@link #flush()} (or
 * {@link #close()}) returned, so a connection is never used by two threads at once.
 */
final class BackgroundWriter implements AutoCloseable {
    static final int BATCH = 5_000;
    static final int QUEUE = 4;
    private static final List<OrderLine> FLUSH = List.of();
    private static final List<OrderLine> STOP = new ArrayList<>(0);
    private final OrderLineSink target;
    private final BlockingQueue<List<OrderLine>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final BlockingQueue<Object> flushed = new ArrayBlockingQueue<>(1);
    private final Thread writer;
    private volatile Throwable failure;
    private List<OrderLine> pending = new ArrayList<>(BATCH);
    private long rows;
    private boolean closed;

    BackgroundWriter(OrderLineSink target) {
        this.target = target;
        writer = new Thread(this::writeAll, "import-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void writeAll() {
        try {
            while (true) {
                List<OrderLine> batch = queue.take();
                if (batch == STOP) {
                    return;
                }
                if (failure == null) {
                    try {
                        for (OrderLine l : batch) {
                            target.orderLine(l);
                        }
                        if (batch == FLUSH) {
                            target.flush();
                        }
                    } catch (RuntimeException | Error e) {
                        failure = e;
                    }
                }
                if (batch == FLUSH) {
                    flushed.put(Boolean.TRUE);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues one validated line. */
    void add(OrderLine line) {
        pending.add(line);
        rows++;
        if (pending.size() >= BATCH) {
            send(pending);
            pending = new ArrayList<>(BATCH);
        }
    }

    private void send(List<OrderLine> batch) {
        rethrow();
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!writer.isAlive()) {
                    throw new IllegalStateException("The order line writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing order lines", e);
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    /** Sends what is pending and waits until the writer has stored and committed everything. */
    void flush() {
        if (!pending.isEmpty()) {
            send(pending);
            pending = new ArrayList<>(BATCH);
        }
        send(FLUSH);
        try {
            flushed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing order lines", e);
        }
        rethrow();
    }

    long rows() {
        return rows;
    }

    /** Stops the writer, dropping what is still queued (the transaction is about to roll back or commit). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        try {
            if (!queue.offer(STOP, 10, TimeUnit.SECONDS)) {
                writer.interrupt();
            }
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
