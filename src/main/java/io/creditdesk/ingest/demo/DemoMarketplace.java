package io.creditdesk.ingest.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.creditdesk.common.PhaseTimer;
import io.creditdesk.common.Progress;
import io.creditdesk.dataset.DatasetRepository;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.LoanStatus;
import io.creditdesk.seller.MarketplaceStore;
import io.creditdesk.seller.MarketplaceWriter;
import io.creditdesk.seller.OrderLine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the database with the demo marketplace (DATA.md §3): sellers, orders, monthly and daily
 * aggregates, a loan history with repayments and defaults, and an open queue of applications.
 *
 * <p>Replaces all marketplace data. Sellers are generated one by one on a background thread (each
 * from its own seeded stream) while this thread writes them through {@link MarketplaceStore}, in
 * transactions of about {@value #ROWS_PER_TRANSACTION} rows. If anything fails or the user cancels,
 * the marketplace tables are cleared again, so no half-written demo remains. The as-of date is set
 * last.
 */
public final class DemoMarketplace {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMarketplace.class);
    /**
     * Small on purpose. H2 stores changed pages in the background about every 19 MB of changes; a row
     * still uncommitted then is written with its undo entry and written again once committed. At 500
     * rows most transactions commit between two stores, so each page is written about once: the
     * default demo writes 207 MB instead of 515 MB and takes 4-5 s less (docs/benchmarks.md).
     */
    static final int ROWS_PER_TRANSACTION = 500;
    private static final int QUEUE = 32;

    private final MarketplaceStore store;
    private final DatasetRepository datasets;

    public DemoMarketplace(MarketplaceStore store, DatasetRepository datasets) {
        this.store = store;
        this.datasets = datasets;
    }

    /** Generates the demo described by {@code settings}; replaces any marketplace data there is. */
    public DemoSummary generate(DemoSettings settings, Progress progress) {
        return generate(settings, progress, () -> { });
    }

    /**
     * Like {@link #generate(DemoSettings, Progress)}, and runs {@code afterLoad} on this thread as soon
     * as everything but the order lines is committed, while the order-line writer finishes its queue
     * and its last transaction (so {@code afterLoad} must not read order lines). Returns when both are
     * done. If either fails or is cancelled, the marketplace is cleared before the failure is rethrown.
     */
    public DemoSummary generate(DemoSettings settings, Progress progress, Runnable afterLoad) {
        LOG.info("Generating the demo marketplace: {}", settings);
        PhaseTimer phases = new PhaseTimer();
        progress.update("Clearing the marketplace", 0);
        store.clear();
        phases.end("clear");
        try {
            DemoSummary summary = writeAll(settings, progress, afterLoad);
            phases.end("generate and write, with the step after the load");
            datasets.setAsOf(settings.asOf());
            progress.update("Demo marketplace ready", 1);
            LOG.info("Demo marketplace generated: {}", summary);
            LOG.info("Demo phases (wall / process CPU): {}", phases);
            return summary;
        } catch (RuntimeException | Error e) {
            try {
                store.clear();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Three threads: the generator, this thread writing sellers, aggregates and the loan history, and
     * an order-line writer with its own connection (order lines are most of the rows), so both cores
     * work on the load. Each writer commits about every {@value #ROWS_PER_TRANSACTION} rows.
     */
    private DemoSummary writeAll(DemoSettings settings, Progress progress, Runnable afterLoad) {
        Producer producer = new Producer(settings);
        Thread thread = new Thread(producer, "demo-generator");
        thread.setDaemon(true);
        thread.start();
        OrderWriter orders = new OrderWriter(store);
        Thread orderThread = new Thread(orders, "demo-order-writer");
        orderThread.setDaemon(true);
        orderThread.start();
        Totals totals = new Totals();
        boolean done = false;
        try {
            int total = settings.sellers();
            while (totals.sellers < total) {
                store.writeNew(w -> {
                    long rows = 0;
                    while (totals.sellers < total && rows < ROWS_PER_TRANSACTION) {
                        progress.checkCancelled();
                        SimulatedSeller s = producer.next();
                        orders.put(s.orderLines());
                        write(w, s);
                        totals.add(s);
                        rows += s.rows() - s.orderLines().size();
                        if (totals.sellers % 100 == 0 || totals.sellers == total) {
                            progress.update(String.format("Generating sellers: %,d of %,d", totals.sellers, total),
                                    0.98 * totals.sellers / total);
                        }
                    }
                    return null;
                });
            }
            afterLoad.run();
            progress.update("Saving the order lines", 0.98);
            orders.finish(orderThread);
            done = true;
        } finally {
            producer.stop();
            thread.interrupt();
            if (!done) {
                orders.abort(orderThread);
            }
        }
        return totals.summary();
    }

    private static void write(MarketplaceWriter w, SimulatedSeller s) {
        w.seller(s.seller());
        s.months().forEach(w::month);
        s.days().forEach(w::day);
        s.applications().forEach(w::application);
        s.loans().forEach(w::loan);
        s.repayments().forEach(w::repayment);
    }

    /** Writes the order lines handed to it, in order, in its own transactions of about ROWS_PER_TRANSACTION rows. */
    private static final class OrderWriter implements Runnable {
        /** Marks the end of the lines (compared by identity). */
        private static final List<OrderLine> END = java.util.Collections.unmodifiableList(new java.util.ArrayList<>());
        private final MarketplaceStore store;
        private final BlockingQueue<List<OrderLine>> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile Throwable failure;
        private volatile boolean aborted;

        OrderWriter(MarketplaceStore store) {
            this.store = store;
        }

        @Override
        public void run() {
            try {
                boolean[] end = {false};
                while (!end[0] && !aborted) {
                    store.writeNew(w -> {
                        long rows = 0;
                        while (rows < ROWS_PER_TRANSACTION && !aborted) {
                            List<OrderLine> lines = take();
                            if (lines == END) {
                                end[0] = true;
                                break;
                            }
                            lines.forEach(w::orderLine);
                            rows += lines.size();
                        }
                        return null;
                    });
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                queue.clear();
            }
        }

        /**
         * Polls (never interrupted: an interrupt during H2's file I/O closes the database file), so
         * an abort is seen within 100 ms.
         */
        private List<OrderLine> take() {
            try {
                List<OrderLine> lines = null;
                while (lines == null) {
                    if (aborted) {
                        throw new IllegalStateException("Saving the demo order lines was stopped");
                    }
                    lines = queue.poll(100, TimeUnit.MILLISECONDS);
                }
                return lines;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while saving the demo order lines", e);
            }
        }

        /** Queues one seller's lines; rethrows the writer's failure, if any. */
        void put(List<OrderLine> lines) {
            checkFailure();
            if (!lines.isEmpty()) {
                offer(lines);
            }
        }

        private void offer(List<OrderLine> lines) {
            try {
                while (!queue.offer(lines, 100, TimeUnit.MILLISECONDS)) {
                    checkFailure();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while generating the demo", e);
            }
        }

        private void checkFailure() {
            Throwable f = failure;
            if (f instanceof RuntimeException e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }

        /** Waits until every queued line is committed; rethrows the writer's failure. */
        void finish(Thread thread) {
            checkFailure();
            offer(END);
            join(thread);
            checkFailure();
        }

        /**
         * Stops the writer (its open transaction rolls back) and waits for it, so a cleanup cannot race
         * it. Not by an interrupt: see {@link #take()}.
         */
        void abort(Thread thread) {
            aborted = true;
            join(thread);
        }

        private static void join(Thread thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Running totals of what was written. */
    private static final class Totals {
        long sellers;
        long orders;
        long orderLines;
        long gmvCents;
        long applications;
        long loans;
        long defaults;
        long open;
        long detailed;

        void add(SimulatedSeller s) {
            sellers++;
            orders += s.orders();
            orderLines += s.orderLines().size();
            gmvCents += s.gmvCents();
            applications += s.applications().size();
            loans += s.loans().size();
            for (Loan l : s.loans()) {
                if (l.status() == LoanStatus.DEFAULTED) {
                    defaults++;
                }
            }
            open += s.applications().stream().filter(a -> a.status() == ApplicationStatus.SUBMITTED).count();
            if (s.detailed()) {
                detailed++;
            }
        }

        DemoSummary summary() {
            return new DemoSummary(sellers, orders, orderLines, BigDecimal.valueOf(gmvCents, 2), applications, loans,
                    defaults, open, detailed);
        }
    }

    /** Generates sellers in order on its own thread, a bounded number ahead of the writer. */
    private static final class Producer implements Runnable {
        private final DemoSettings settings;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean stopped;

        Producer(DemoSettings settings) {
            this.settings = settings;
        }

        @Override
        public void run() {
            try {
                SellerSimulator sim = new SellerSimulator(settings);
                for (int i = 0; i < settings.sellers() && !stopped; i++) {
                    put(sim.simulate(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                try {
                    put(e);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void put(Object item) throws InterruptedException {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        }

        SimulatedSeller next() {
            try {
                Object item = queue.take();
                if (item instanceof RuntimeException e) {
                    throw e;
                }
                if (item instanceof Error e) {
                    throw e;
                }
                return (SimulatedSeller) item;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while generating the demo", e);
            }
        }

        void stop() {
            stopped = true;
        }
    }
}
