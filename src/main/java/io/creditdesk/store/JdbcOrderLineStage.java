package io.creditdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderLineStage;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A staging table {@code import_stage_…} (order_line's columns plus the line's sequence number, no
 * keys, no indexes) on a connection of its own that commits every {@value #CHUNK} rows, so H2 never
 * keeps an undo log that grows with the file. Nobody reads these tables except
 * {@link MarketplaceJdbcStore}'s move into order_line.
 */
final class JdbcOrderLineStage implements OrderLineStage {
    static final String PREFIX = "IMPORT_STAGE_";
    static final int CHUNK = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcOrderLineStage.class);
    private final Handle handle;
    private final Connection c;
    private final String table;
    private final PreparedStatement insert;
    private int pending;
    private long rows;
    private boolean closed;

    JdbcOrderLineStage(Database db) {
        dropLeftovers(db);
        table = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        handle = db.jdbi().open();
        c = handle.getConnection();
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (seq BIGINT NOT NULL, order_id VARCHAR(64) NOT NULL,"
                        + " seller_id VARCHAR(64) NOT NULL, placed_at TIMESTAMP NOT NULL, amount DECIMAL(14, 2) NOT NULL,"
                        + " freight DECIMAL(14, 2), currency CHAR(3) NOT NULL, status VARCHAR(10) NOT NULL,"
                        + " buyer_hash VARCHAR(64), review_score SMALLINT, shipped_late BOOLEAN)");
            }
            c.setAutoCommit(false);
            insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Cannot create the import's staging table: " + e.getMessage(), e);
        }
    }

    String table() {
        return table;
    }

    @Override
    public void add(OrderLine o) {
        try {
            insert.setLong(1, rows);
            insert.setString(2, o.orderId());
            insert.setString(3, o.sellerId());
            MarketplaceJdbcStore.bind(insert, 4, o.placedAt());
            insert.setBigDecimal(5, o.amount());
            insert.setBigDecimal(6, o.freight());
            insert.setString(7, o.currency());
            insert.setString(8, o.status().name());
            insert.setString(9, o.buyerHash());
            if (o.reviewScore() == null) {
                insert.setNull(10, Types.SMALLINT);
            } else {
                insert.setInt(10, o.reviewScore());
            }
            if (o.shippedLate() == null) {
                insert.setNull(11, Types.BOOLEAN);
            } else {
                insert.setBoolean(11, o.shippedLate());
            }
            insert.addBatch();
            rows++;
            if (++pending >= CHUNK) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the staging table failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        if (pending == 0) {
            return;
        }
        try {
            insert.executeBatch();
            c.commit();
            pending = 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the staging table failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            c.rollback();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        } catch (SQLException e) {
            LOG.warn("Could not drop the staging table {} (dropped at the next import): {}", table, e.getMessage());
        } finally {
            handle.close();
        }
    }

    /** Drops every staging table a crashed import left behind; returns how many. */
    static int dropLeftovers(Database db) {
        return db.jdbi().withHandle(h -> {
            List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_name LIKE 'IMPORT\\_STAGE\\_%' ESCAPE '\\'")
                    .mapTo(String.class).list();
            for (String t : tables) {
                LOG.info("Dropping the staging table {} left by an import that did not finish", t);
                h.execute("DROP TABLE IF EXISTS " + t);
            }
            return tables.size();
        });
    }
}
