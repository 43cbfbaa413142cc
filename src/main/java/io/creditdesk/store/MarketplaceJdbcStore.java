package io.creditdesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.Repayment;
import io.creditdesk.seller.MarketplaceStore;
import io.creditdesk.seller.MarketplaceWriter;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderLineStage;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;

/** Bulk marketplace writes with plain JDBC batches (the fastest path H2 offers) in one transaction. */
public final class MarketplaceJdbcStore implements MarketplaceStore {
    private static final int BATCH = 5_000;
    private final Database db;
    private final boolean bulkFirst;

    public MarketplaceJdbcStore(Database db) {
        this(db, true);
    }

    /**
     * {@code bulkFirst} false: every import upserts inside its one transaction, also into an empty
     * order_line (the tests compare both paths with it).
     */
    public MarketplaceJdbcStore(Database db, boolean bulkFirst) {
        this.db = db;
        this.bulkFirst = bulkFirst;
    }

    @Override
    public <T> T write(Function<MarketplaceWriter, T> body) {
        return write(body, false);
    }

    /** Plain INSERTs instead of MERGE: about a third less work per row for a bulk load into empty tables. */
    @Override
    public <T> T writeNew(Function<MarketplaceWriter, T> body) {
        return write(body, true);
    }

    private <T> T write(Function<MarketplaceWriter, T> body, boolean insertOnly) {
        return db.jdbi().inTransaction(h -> {
            try (JdbcWriter w = new JdbcWriter(h.getConnection(), insertOnly)) {
                T result = body.apply(w);
                w.flush();
                return result;
            }
        });
    }

    /** The bulk path when order_line has no rows (ADR 0012), unless this store was made without it. */
    @Override
    public Optional<OrderLineStage> stageOrderLines() {
        return bulkFirst ? StagedImport.open(db) : Optional.empty();
    }

    @Override
    public void clear() {
        db.jdbi().useTransaction(h -> {
            for (String t : List.of("repayment", "loan", "application", "seller_day", "seller_month", "order_line",
                    "seller_score", "score_run", "seller")) {
                h.execute("TRUNCATE TABLE " + t);
            }
        });
    }

    private static final class JdbcWriter implements MarketplaceWriter, AutoCloseable {
        private final Connection c;
        private final List<Batch> batches = new ArrayList<>();
        private final Batch sellers;
        private final Batch orders;
        private final Batch months;
        private final Batch days;
        private final Batch loans;
        private final Batch repayments;
        private final Batch applications;

        private final boolean insertOnly;

        JdbcWriter(Connection c, boolean insertOnly) {
            this.c = c;
            this.insertOnly = insertOnly;
            sellers = batch("MERGE INTO seller (seller_id, name, category, region, city, joined_on, currency, source)"
                    + " KEY (seller_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            orders = batch("MERGE INTO order_line (order_id, seller_id, placed_at, amount, freight, currency, status,"
                    + " buyer_hash, review_score, shipped_late) KEY (order_id, seller_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            months = batch("MERGE INTO seller_month (seller_id, month_start, orders, completed_orders, cancelled_orders,"
                    + " refunded_orders, disputed_orders, gmv, reviews, review_sum, low_reviews, shipped_orders,"
                    + " late_orders, repeat_orders, buyers, top10_buyer_gmv, sale_days) KEY (seller_id, month_start)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            days = batch("MERGE INTO seller_day (seller_id, sales_day, orders, gmv) KEY (seller_id, sales_day) VALUES (?, ?, ?, ?)");
            loans = batch("MERGE INTO loan (loan_id, seller_id, application_id, product, disbursed_on, principal,"
                    + " currency, price, term_months, status, defaulted_on) KEY (loan_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            repayments = batch("MERGE INTO repayment (loan_id, due_on, amount_due, paid_on, amount_paid)"
                    + " KEY (loan_id, due_on) VALUES (?, ?, ?, ?, ?)");
            applications = batch("MERGE INTO application (application_id, seller_id, submitted_at, product,"
                    + " requested_amount, requested_term, currency, status, assignee, recommended_amount, score, grade,"
                    + " as_of) KEY (application_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        private Batch batch(String sql) {
            if (insertOnly) {
                // MERGE INTO t (cols) KEY (k) VALUES (...)  ->  INSERT INTO t (cols) VALUES (...)
                sql = sql.replaceFirst("^MERGE INTO", "INSERT INTO").replaceFirst(" KEY \\([^)]*\\)", "");
            }
            Batch b = new Batch(c, sql);
            batches.add(b);
            return b;
        }

        @Override
        public void seller(Seller s) {
            sellers.add(s.sellerId(), s.name(), s.category(), s.region(), s.city(), s.joinedOn(), s.currency(),
                    s.source());
        }

        @Override
        public void orderLine(OrderLine o) {
            // typed binds: the demo writes about a million of these (Object... binds were a tenth of the writer's time)
            orders.add(ps -> {
                ps.setString(1, o.orderId());
                ps.setString(2, o.sellerId());
                ps.setTimestamp(3, Timestamp.valueOf(o.placedAt()));
                ps.setBigDecimal(4, o.amount());
                ps.setBigDecimal(5, o.freight());
                ps.setString(6, o.currency());
                ps.setString(7, o.status().name());
                ps.setString(8, o.buyerHash());
                if (o.reviewScore() == null) {
                    ps.setNull(9, Types.SMALLINT);
                } else {
                    ps.setInt(9, o.reviewScore());
                }
                if (o.shippedLate() == null) {
                    ps.setNull(10, Types.BOOLEAN);
                } else {
                    ps.setBoolean(10, o.shippedLate());
                }
            });
        }

        @Override
        public void month(SellerMonth m) {
            months.add(m.sellerId(), m.monthStart(), m.orders(), m.completedOrders(), m.cancelledOrders(),
                    m.refundedOrders(), m.disputedOrders(), m.gmv(), m.reviews(), m.reviewSum(), m.lowReviews(),
                    m.shippedOrders(), m.lateOrders(), m.repeatOrders(), m.buyers(), m.top10BuyerGmv(), m.saleDays());
        }

        @Override
        public void day(SellerDay d) {
            days.add(ps -> {
                ps.setString(1, d.sellerId());
                ps.setDate(2, Date.valueOf(d.salesDay()));
                ps.setInt(3, d.orders());
                ps.setBigDecimal(4, d.gmv());
            });
        }

        @Override
        public void loan(Loan l) {
            loans.add(l.loanId(), l.sellerId(), l.applicationId(), l.product(), l.disbursedOn(), l.principal(),
                    l.currency(), l.price(), l.termMonths(), l.status().name(), l.defaultedOn());
        }

        @Override
        public void repayment(Repayment r) {
            repayments.add(r.loanId(), r.dueOn(), r.amountDue(), r.paidOn(), r.amountPaid());
        }

        @Override
        public void application(Application a) {
            applications.add(a.applicationId(), a.sellerId(), a.submittedAt(), a.product(), a.requestedAmount(),
                    a.requestedTerm(), a.currency(), a.status().name(), a.assignee(), a.recommendedAmount(),
                    a.score(), a.grade(), a.asOf());
        }

        @Override
        public void refreshAggregates(Collection<String> sellerIds) {
            flush();
            AggregateRefresh.refresh(c, sellerIds);
        }

        @Override
        public void acceptStage(OrderLineStage stage, LocalDate lastDay) {
            flush();
            try {
                ((StagedImport) stage).writeMark(c, lastDay);
            } catch (SQLException e) {
                throw new IllegalStateException("Writing the import's accept mark failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void flush() {
            for (Batch b : batches) {
                b.flush();
            }
        }

        @Override
        public void close() {
            for (Batch b : batches) {
                b.close();
            }
        }
    }

    /** Sets the parameters of one row. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** A prepared statement that sends itself every {@value #BATCH} rows. */
    private static final class Batch {
        private final PreparedStatement ps;
        private int pending;

        Batch(Connection c, String sql) {
            try {
                ps = c.prepareStatement(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare: " + sql, e);
            }
        }

        void add(Object... values) {
            add(ps -> {
                for (int i = 0; i < values.length; i++) {
                    bind(ps, i + 1, values[i]);
                }
            });
        }

        /** Adds one row whose parameters {@code binder} sets. */
        void add(Binder binder) {
            try {
                binder.bind(ps);
                ps.addBatch();
                if (++pending >= BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Batch write failed: " + e.getMessage(), e);
            }
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            try {
                ps.executeBatch();
                pending = 0;
            } catch (SQLException e) {
                throw new IllegalStateException("Batch write failed: " + e.getMessage(), e);
            }
        }

        void close() {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement of a rolled-back transaction: nothing to keep
            }
        }
    }

    static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(i, d);
        } else if (v instanceof java.time.LocalDate d) {
            ps.setDate(i, Date.valueOf(d));
        } else if (v instanceof java.time.LocalDateTime t) {
            ps.setTimestamp(i, Timestamp.valueOf(t));
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setObject(i, v);
        }
    }
}
