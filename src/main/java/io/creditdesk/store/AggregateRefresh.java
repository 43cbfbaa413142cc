package io.creditdesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Recomputes seller_month and seller_day of some sellers from their order lines, inside the
 * caller's transaction (nothing here commits). Repeat orders count a buyer's orders after their
 * first with this seller (in order of placed_at, then order_id; lines without a buyer are never
 * repeats); top10_buyer_gmv is the completed GMV of the month's ten largest buyers.
 *
 * <p>The order lines are read back in chunks of {@value #CHUNK} sellers through the
 * (seller_id, placed_at) index and folded in Java one seller at a time, so memory is bounded by
 * the largest seller, not by the number of lines. (A single SQL statement with window functions
 * did the same but H2 re-evaluated its common table expression per joined row: minutes for ten
 * thousand lines.)
 */
final class AggregateRefresh {
    static final int CHUNK = 500;
    private static final int BATCH = 5_000;
    /** Lines per page of {@link #refreshAll} (materialized by H2: bounded memory). */
    static final int PAGE = 20_000;
    private static final String SELECT_LINES = "SELECT seller_id, order_id, placed_at, amount, status, buyer_hash,"
            + " review_score, shipped_late FROM order_line";
    private static final String INSERT_MONTH = "INSERT INTO seller_month (seller_id, month_start, orders,"
            + " completed_orders, cancelled_orders, refunded_orders, disputed_orders, gmv, reviews, review_sum,"
            + " low_reviews, shipped_orders, late_orders, repeat_orders, buyers, top10_buyer_gmv, sale_days)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DAY = "INSERT INTO seller_day (seller_id, sales_day, orders, gmv) VALUES (?, ?, ?, ?)";

    private AggregateRefresh() {
    }

    static void refresh(Connection c, Collection<String> sellerIds) {
        if (sellerIds.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(sellerIds));
        try (PreparedStatement delMonth = c.prepareStatement("DELETE FROM seller_month WHERE seller_id = ?");
                PreparedStatement delDay = c.prepareStatement("DELETE FROM seller_day WHERE seller_id = ?");
                PreparedStatement insMonth = c.prepareStatement(INSERT_MONTH);
                PreparedStatement insDay = c.prepareStatement(INSERT_DAY)) {
            Writer out = new Writer(insMonth, insDay);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                for (String id : chunk) {
                    delMonth.setString(1, id);
                    delMonth.addBatch();
                    delDay.setString(1, id);
                    delDay.addBatch();
                }
                delMonth.executeBatch();
                delDay.executeBatch();
                readChunk(c, chunk, out);
            }
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Refreshing the aggregates failed: " + e.getMessage(), e);
        }
    }

    /**
     * Recomputes the aggregates of every seller with order lines in ONE pass over order_line in
     * (seller_id, placed_at) order: keyset pages of {@value #PAGE} lines through the index
     * ({@code seller_id > last complete seller}), read on {@code read} and folded here while a second
     * thread writes on {@code write}, committing every {@value #CHUNK} sellers. (Not one lazy query
     * over the whole table: H2 2.3.232 can lose the pages of a long lazy scan while another connection
     * commits — "Chunk … not found", h2database issue 4142.) For the completion of a bulk import
     * (ADR 0012), which may run again after a crash: each seller's rows are deleted before its new
     * ones are written. Lines of one seller at the same instant may come in any order: they fall in
     * the same month and day, so every aggregate is the same as with {@link #refresh}'s order_id
     * tie-break.
     */
    static void refreshAll(Connection write, Connection read) throws SQLException {
        refreshAll(write, read, PAGE);
    }

    /** {@link #refreshAll(Connection, Connection)} with pages of {@code pageLines} (tests use small pages). */
    static void refreshAll(Connection write, Connection read, int pageLines) throws SQLException {
        try (FoldWriter writer = new FoldWriter(write);
                PreparedStatement page = read.prepareStatement(SELECT_LINES
                        + " WHERE seller_id > ? ORDER BY seller_id, placed_at LIMIT " + pageLines);
                PreparedStatement one = read.prepareStatement(SELECT_LINES
                        + " WHERE seller_id = ? ORDER BY seller_id, placed_at")) {
            String after = "";
            while (true) {
                page.setString(1, after);
                PageFold f = new PageFold(writer);
                try (ResultSet rs = page.executeQuery()) {
                    fold(rs, f);
                }
                if (f.lines < pageLines) {
                    f.emitLast();
                    break;
                }
                if (f.lastEmitted == null) {
                    // one seller filled the whole page: read it alone
                    one.setString(1, f.last.sellerId);
                    try (ResultSet rs = one.executeQuery()) {
                        fold(rs, writer::put);
                    }
                    after = f.last.sellerId;
                } else {
                    // the page may have cut the last seller: it is read again with the next page
                    after = f.lastEmitted;
                }
            }
            writer.finish();
        }
    }

    /** Hands each complete seller of a page to the writer and keeps the last one back. */
    private static final class PageFold implements FoldDone {
        private final FoldWriter writer;
        SellerFold last;
        String lastEmitted;
        long lines;

        PageFold(FoldWriter writer) {
            this.writer = writer;
        }

        @Override
        public void accept(SellerFold fold) throws SQLException {
            if (last != null) {
                writer.put(last);
                lastEmitted = last.sellerId;
            }
            last = fold;
            lines += fold.lines;
        }

        void emitLast() throws SQLException {
            if (last != null) {
                writer.put(last);
            }
        }
    }

    private static void add(SellerFold fold, ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(3);
        BigDecimal amount = rs.getBigDecimal(4);
        int score = rs.getInt(7);
        boolean hasScore = !rs.wasNull();
        boolean late = rs.getBoolean(8);
        boolean hasLate = !rs.wasNull();
        fold.add(at.toLocalDateTime().toLocalDate(), amount.movePointRight(2).longValueExact(),
                rs.getString(5), rs.getString(6), hasScore ? score : 0, hasLate ? (late ? 2 : 1) : 0);
    }

    private static void readChunk(Connection c, List<String> chunk, Writer out) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT_LINES + " WHERE seller_id IN (");
        for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") ORDER BY seller_id, placed_at, order_id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 1, chunk.get(i));
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                fold(rs, f -> f.writeTo(out));
            }
        }
    }

    /** What to do with a seller's aggregates once all its lines are folded. */
    @FunctionalInterface
    private interface FoldDone {
        void accept(SellerFold fold) throws SQLException;
    }

    /** Folds lines ordered by seller ({@link #SELECT_LINES}' columns) into each seller's aggregates. */
    private static void fold(ResultSet rs, FoldDone done) throws SQLException {
        SellerFold fold = null;
        while (rs.next()) {
            String seller = rs.getString(1);
            if (fold == null || !fold.sellerId.equals(seller)) {
                if (fold != null) {
                    done.accept(fold);
                }
                fold = new SellerFold(seller);
            }
            add(fold, rs);
        }
        if (fold != null) {
            done.accept(fold);
        }
    }

    /**
     * Writes folded sellers on a thread of its own (delete the seller's rows, insert the new ones,
     * commit every {@value #CHUNK} sellers) while the caller reads and folds: H2 reading the lines and
     * H2 storing the aggregates use both cores. At most {@value #QUEUE} sellers wait, so memory stays
     * bounded; a failure is rethrown to the reading thread.
     */
    private static final class FoldWriter implements AutoCloseable {
        private static final int QUEUE = 256;
        private static final SellerFold END = new SellerFold("");
        private final BlockingQueue<SellerFold> queue = new ArrayBlockingQueue<>(QUEUE);
        private final Thread thread;
        private volatile Throwable failure;

        FoldWriter(Connection write) {
            thread = new Thread(() -> writeAll(write), "aggregate-writer");
            thread.setDaemon(true);
            thread.start();
        }

        private void writeAll(Connection write) {
            try (PreparedStatement delMonth = write.prepareStatement("DELETE FROM seller_month WHERE seller_id = ?");
                    PreparedStatement delDay = write.prepareStatement("DELETE FROM seller_day WHERE seller_id = ?");
                    PreparedStatement insMonth = write.prepareStatement(INSERT_MONTH);
                    PreparedStatement insDay = write.prepareStatement(INSERT_DAY)) {
                Writer out = new Writer(insMonth, insDay);
                int sellers = 0;
                for (SellerFold f = queue.take(); f != END; f = queue.take()) {
                    delMonth.setString(1, f.sellerId);
                    delMonth.executeUpdate();
                    delDay.setString(1, f.sellerId);
                    delDay.executeUpdate();
                    f.writeTo(out);
                    if (++sellers % CHUNK == 0) {
                        out.flush();
                        write.commit();
                    }
                }
                out.flush();
                write.commit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
            }
        }

        void put(SellerFold fold) throws SQLException {
            try {
                while (!queue.offer(fold, 100, TimeUnit.MILLISECONDS)) {
                    rethrow();
                    if (!thread.isAlive()) {
                        throw new SQLException("The aggregate writer stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while writing the aggregates", e);
            }
        }

        /** Waits until every seller handed over is written and committed. */
        void finish() throws SQLException {
            put(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while writing the aggregates", e);
            }
            rethrow();
        }

        private void rethrow() throws SQLException {
            Throwable f = failure;
            if (f instanceof SQLException e) {
                throw e;
            }
            if (f instanceof RuntimeException e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
            if (f != null) {
                throw new SQLException("Writing the aggregates failed: " + f, f);
            }
        }

        /**
         * Stops the writer if the reading failed: it writes what it holds and ends (no interrupt, which
         * could close H2's file under it). Whatever it committed is under the accept mark and is
         * written again by the roll-forward.
         */
        @Override
        public void close() {
            if (thread.isAlive()) {
                queue.clear();
                try {
                    if (queue.offer(END, 10, TimeUnit.SECONDS)) {
                        thread.join();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The aggregates of one seller while its lines stream by. */
    private static final class SellerFold {
        final String sellerId;
        long lines;
        final Map<String, Boolean> seenBuyers = new HashMap<>();
        final TreeMap<LocalDate, Month> months = new TreeMap<>();
        final TreeMap<LocalDate, long[]> days = new TreeMap<>();

        SellerFold(String sellerId) {
            this.sellerId = sellerId;
        }

        /** {@code late}: 0 unknown, 1 on time, 2 late; {@code score} 0 = none. */
        void add(LocalDate day, long cents, String status, String buyer, int score, int late) {
            lines++;
            Month m = months.computeIfAbsent(day.withDayOfMonth(1), k -> new Month());
            boolean completed = status.equals("COMPLETED");
            m.orders++;
            switch (status) {
                case "COMPLETED" -> m.completed++;
                case "CANCELLED" -> m.cancelled++;
                case "REFUNDED" -> m.refunded++;
                case "DISPUTED" -> m.disputed++;
                default -> { }
            }
            if (completed) {
                m.gmv += cents;
            }
            if (score > 0) {
                m.reviews++;
                m.reviewSum += score;
                if (score <= 2) {
                    m.lowReviews++;
                }
            }
            if (late > 0 && !status.equals("CANCELLED")) {
                m.shipped++;
            }
            if (late == 2) {
                m.late++;
            }
            if (buyer != null) {
                if (seenBuyers.put(buyer, Boolean.TRUE) != null) {
                    m.repeat++;
                }
                m.buyerGmv.merge(buyer, completed ? cents : 0L, Long::sum);
            }
            m.saleDays |= 1 << (day.getDayOfMonth() - 1);
            long[] d = days.computeIfAbsent(day, k -> new long[2]);
            d[0]++;
            if (completed) {
                d[1] += cents;
            }
        }

        void writeTo(Writer out) throws SQLException {
            for (Map.Entry<LocalDate, Month> e : months.entrySet()) {
                out.month(sellerId, e.getKey(), e.getValue());
            }
            for (Map.Entry<LocalDate, long[]> e : days.entrySet()) {
                out.day(sellerId, e.getKey(), e.getValue());
            }
        }
    }

    private static final class Month {
        int orders;
        int completed;
        int cancelled;
        int refunded;
        int disputed;
        long gmv;
        int reviews;
        int reviewSum;
        int lowReviews;
        int shipped;
        int late;
        int repeat;
        int saleDays;
        final Map<String, Long> buyerGmv = new HashMap<>();

        long top10() {
            return buyerGmv.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(10)
                    .mapToLong(Long::longValue).sum();
        }
    }

    /** Batched inserts of the new aggregate rows. */
    private static final class Writer {
        private final PreparedStatement month;
        private final PreparedStatement day;
        private int pendingMonths;
        private int pendingDays;

        Writer(PreparedStatement month, PreparedStatement day) {
            this.month = month;
            this.day = day;
        }

        void month(String seller, LocalDate start, Month m) throws SQLException {
            month.setString(1, seller);
            month.setDate(2, Date.valueOf(start));
            month.setInt(3, m.orders);
            month.setInt(4, m.completed);
            month.setInt(5, m.cancelled);
            month.setInt(6, m.refunded);
            month.setInt(7, m.disputed);
            month.setBigDecimal(8, BigDecimal.valueOf(m.gmv, 2));
            month.setInt(9, m.reviews);
            month.setInt(10, m.reviewSum);
            month.setInt(11, m.lowReviews);
            month.setInt(12, m.shipped);
            month.setInt(13, m.late);
            month.setInt(14, m.repeat);
            month.setInt(15, m.buyerGmv.size());
            month.setBigDecimal(16, BigDecimal.valueOf(m.top10(), 2));
            month.setInt(17, m.saleDays);
            month.addBatch();
            if (++pendingMonths >= BATCH) {
                month.executeBatch();
                pendingMonths = 0;
            }
        }

        void day(String seller, LocalDate date, long[] d) throws SQLException {
            day.setString(1, seller);
            day.setDate(2, Date.valueOf(date));
            day.setInt(3, (int) d[0]);
            day.setBigDecimal(4, BigDecimal.valueOf(d[1], 2));
            day.addBatch();
            if (++pendingDays >= BATCH) {
                day.executeBatch();
                pendingDays = 0;
            }
        }

        void flush() throws SQLException {
            if (pendingMonths > 0) {
                month.executeBatch();
            }
            if (pendingDays > 0) {
                day.executeBatch();
            }
        }
    }
}
