package io.creditdesk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.creditdesk.common.Progress;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderLineStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk path of an import into an empty order_line (ADR 0012). The lines are written, in committed
 * chunks on a connection of their own, to an unindexed copy of order_line ({@code IMPORT_STAGE_…};
 * a line whose key came earlier in the file goes to {@code IMPORT_STAGE_…_LATER}). Nobody reads
 * these tables: until the accept mark (a row of {@code import_accept_mark}, written in the import's
 * transaction) the import is dropped by {@link #discard()} and the database is as before. After the
 * mark, {@link #complete} makes the staged table order_line (H2 renames it: no row is copied), builds
 * its primary key and index by sorting, with the statements H2 scripted for the old table, merges
 * the later lines in file order (the last line of a key wins, as with row-by-row upserts), refreshes
 * the aggregates and removes the mark. Every step can be repeated, so a mark found when the database
 * opens is simply completed again ({@link #rollForward}).
 */
final class StagedImport implements OrderLineStage {
    private static final Logger LOG = LoggerFactory.getLogger(StagedImport.class);
    static final String PREFIX = "IMPORT_STAGE_";
    static final String LATER = "_LATER";
    private static final int CHUNK = 5_000;
    private static final String COLUMNS = "order_id, seller_id, placed_at, amount, freight, currency, status,"
            + " buyer_hash, review_score, shipped_late";
    /** H2 error codes meaning "this key already exists": the step was done before a crash. */
    private static final List<Integer> ALREADY_THERE = List.of(90045, 90017, 42111);

    private final Database db;
    private final Connection c;
    private final String stage;
    private final String keyDdl;
    /** INSERTs into the staging table of first lines (0) and of later lines (1). */
    private final PreparedStatement[] inserts = new PreparedStatement[2];
    private final int[] pending = new int[2];

    private StagedImport(Database db, Connection c, String stage, String keyDdl) throws SQLException {
        this.db = db;
        this.c = c;
        this.stage = stage;
        this.keyDdl = keyDdl;
        for (int t = 0; t < 2; t++) {
            inserts[t] = c.prepareStatement("INSERT INTO \"" + stage + (t == 0 ? "" : LATER) + "\" (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
    }

    /**
     * Creates the staging tables when order_line has no rows; empty otherwise. An accepted import not
     * yet completed is completed first when no other process has the database open; when one does,
     * the import is not started.
     */
    static Optional<OrderLineStage> open(Database db) {
        rollForward(db);
        Connection c = null;
        try {
            c = db.directConnection();
            if (count(c, "SELECT COUNT(*) FROM import_accept_mark") > 0) {
                throw new StoreException("An earlier import was accepted but is not completed yet: another"
                        + " Creditdesk window or command is completing it, or it will be completed when Creditdesk"
                        + " opens the database with no other window or command using it. Import again after that.",
                        null);
            }
            if (count(c, "SELECT COUNT(*) FROM order_line") > 0) {
                c.close();
                return Optional.empty();
            }
            String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
            String create = null;
            StringBuilder keys = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA NOSETTINGS TABLE order_line")) {
                while (rs.next()) {
                    String sql = rs.getString(1);
                    if (sql.matches("(?s)CREATE (CACHED |MEMORY )?TABLE \"PUBLIC\"\\.\"ORDER_LINE\".*")) {
                        create = sql;
                    } else if (sql.startsWith("ALTER TABLE \"PUBLIC\".\"ORDER_LINE\" ADD CONSTRAINT")
                            || sql.matches("CREATE (UNIQUE )?INDEX .* ON \"PUBLIC\"\\.\"ORDER_LINE\".*")) {
                        keys.append(sql).append('\n');
                    }
                }
            }
            if (create == null) {
                throw new SQLException("H2 scripted no CREATE TABLE for order_line");
            }
            try (Statement s = c.createStatement()) {
                for (String table : List.of(name, name + LATER)) {
                    s.execute(create.replace("\"PUBLIC\".\"ORDER_LINE\"", "\"PUBLIC\".\"" + table + "\""));
                }
            }
            c.setAutoCommit(false);
            LOG.info("Order lines go to the staging table {} (order_line is empty)", name);
            return Optional.of(new StagedImport(db, c, name, keys.toString()));
        } catch (SQLException e) {
            close(c);
            throw new StoreException("The import could not prepare its staging table: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    @Override
    public String name() {
        return stage;
    }

    String keyDdl() {
        return keyDdl;
    }

    @Override
    public void orderLine(OrderLine line) {
        stage(0, line);
    }

    @Override
    public void laterLine(OrderLine line) {
        stage(1, line);
    }

    /** Adds the line to table 0 (first lines) or 1 (later lines); commits every {@value #CHUNK} lines of a table. */
    private void stage(int table, OrderLine o) {
        PreparedStatement ps = inserts[table];
        try {
            MarketplaceJdbcStore.bind(ps, 1, o.orderId());
            MarketplaceJdbcStore.bind(ps, 2, o.sellerId());
            MarketplaceJdbcStore.bind(ps, 3, o.placedAt());
            MarketplaceJdbcStore.bind(ps, 4, o.amount());
            MarketplaceJdbcStore.bind(ps, 5, o.freight());
            MarketplaceJdbcStore.bind(ps, 6, o.currency());
            MarketplaceJdbcStore.bind(ps, 7, o.status().name());
            MarketplaceJdbcStore.bind(ps, 8, o.buyerHash());
            MarketplaceJdbcStore.bind(ps, 9, o.reviewScore());
            MarketplaceJdbcStore.bind(ps, 10, o.shippedLate());
            ps.addBatch();
        } catch (SQLException e) {
            throw new StoreException("Staging an order line failed: " + e.getMessage(), e);
        }
        if (++pending[table] >= CHUNK) {
            flush();
        }
    }

    /** Writes and commits the pending lines (a chunk: no undo log grows with the file). */
    @Override
    public void flush() {
        try {
            for (int t = 0; t < 2; t++) {
                if (pending[t] > 0) {
                    inserts[t].executeBatch();
                    pending[t] = 0;
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Staging order lines failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void discard() {
        try {
            c.rollback();
            c.setAutoCommit(true);
            dropStage(c, stage);
        } catch (SQLException e) {
            // left behind, the tables are dropped at the next open (they have no accept mark)
            LOG.warn("Dropping the staging tables {} failed: {}", stage, e.getMessage());
        } finally {
            close(c);
        }
    }

    @Override
    public void complete(Progress progress) {
        try {
            c.setAutoCommit(true);
            finish(db, c, stage, keyDdl, progress);
        } catch (SQLException e) {
            throw new StoreException("The accepted import could not be completed now (" + e.getMessage()
                    + "); it is completed the next time the database is opened.", e);
        } finally {
            close(c);
        }
    }

    /** Writes the accept mark on the import's transaction {@code tx} (see {@code MarketplaceWriter#acceptStage}). */
    void writeMark(Connection tx, LocalDate lastDay) throws SQLException {
        if (count(tx, "SELECT COUNT(*) FROM import_accept_mark") > 0) {
            throw new StoreException("Another import was accepted while this one was reading and is being"
                    + " completed; nothing of this import was kept. Import again when it has finished.", null);
        }
        if (count(tx, "SELECT COUNT(*) FROM order_line") > 0) {
            throw new StoreException("Another import wrote order lines while this one was reading; nothing of this"
                    + " import was kept. Import again.", null);
        }
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO import_accept_mark (stage_table, key_ddl, last_day,"
                + " accepted_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, stage);
            ps.setString(2, keyDdl);
            if (lastDay == null) {
                ps.setNull(3, Types.DATE);
            } else {
                ps.setDate(3, Date.valueOf(lastDay));
            }
            ps.executeUpdate();
        }
    }

    /**
     * At open: completes every accepted import left by a process that stopped after its accept mark,
     * and drops staging tables without a mark (an import that stopped before it). Only when no other
     * process has the database open: another one may be running the import that owns them.
     */
    static void rollForward(Database db) {
        try (Connection c = db.directConnection()) {
            if (!alone(c)) {
                return;
            }
            List<String[]> marks = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT stage_table, key_ddl FROM import_accept_mark"
                            + " ORDER BY accepted_at")) {
                while (rs.next()) {
                    marks.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] m : marks) {
                LOG.warn("Completing the import accepted into staging table {} before the last stop", m[0]);
                finish(db, c, m[0], m[1], Progress.NONE);
            }
            List<String> orphans = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE ? ESCAPE '!'")) {
                ps.setString(1, PREFIX.replace("_", "!_") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        orphans.add(rs.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String t : orphans) {
                    LOG.info("Dropping the staging table {} of an import that stopped before it was accepted", t);
                    s.execute("DROP TABLE IF EXISTS \"" + t + "\"");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("An import accepted before the last stop could not be completed: "
                    + e.getMessage(), e);
        }
    }

    /** No session of another process (H2's AUTO_SERVER clients come over TCP and have a client address). */
    private static boolean alone(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CLIENT_ADDR IS NOT NULL") == 0;
    }

    /**
     * The steps after the accept mark; each is skipped or harmless when it was done before a crash.
     * Progress steps begin "Import accepted" (ImportService.ACCEPTED: the screen then disables cancel).
     */
    private static void finish(Database db, Connection c, String stage, String keyDdl, Progress progress)
            throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            if (tableExists(c, stage)) {
                progress.update("Import accepted: completing it (it can no longer be cancelled)", 0.92);
                if (tableExists(c, "ORDER_LINE")) {
                    if (count(c, "SELECT COUNT(*) FROM order_line") > 0) {
                        throw new SQLException("order_line has rows that the accepted import did not write");
                    }
                    s.execute("DROP TABLE order_line");
                }
                s.execute("ALTER TABLE \"" + stage + "\" RENAME TO order_line");
            }
            progress.update("Import accepted: building the order lines' keys (it can no longer be cancelled)", 0.93);
            for (String ddl : keyDdl.split("\n")) {
                if (ddl.isBlank()) {
                    continue;
                }
                try {
                    s.execute(ddl);
                } catch (SQLException e) {
                    if (!ALREADY_THERE.contains(e.getErrorCode())) {
                        throw e;
                    }
                }
            }
            if (tableExists(c, stage + LATER)) {
                c.setAutoCommit(false);
                // _ROWID_ is the staging order (one writer, in file order): the last line of a key wins
                s.executeUpdate("MERGE INTO order_line (" + COLUMNS + ") KEY (order_id, seller_id) SELECT " + COLUMNS
                        + " FROM \"" + stage + LATER + "\" ORDER BY _ROWID_");
                c.commit();
            }
        }
        progress.update("Refreshing the aggregates of every seller (the import can no longer be cancelled)", 0.95);
        c.setAutoCommit(false);
        try (Connection read = db.directConnection()) {
            AggregateRefresh.refreshAll(c, read);
        }
        progress.update("Committing", 0.99);
        LocalDate lastDay = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_day FROM import_accept_mark WHERE stage_table = ?")) {
            ps.setString(1, stage);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getDate(1) != null) {
                    lastDay = rs.getDate(1).toLocalDate();
                }
            }
        }
        if (lastDay != null) {
            DatasetStore.advanceAsOf(c, lastDay);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM import_accept_mark WHERE stage_table = ?")) {
            ps.setString(1, stage);
            ps.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        dropStage(c, stage);
    }

    private static void dropStage(Connection c, String stage) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS \"" + stage + "\"");
            s.execute("DROP TABLE IF EXISTS \"" + stage + LATER + "\"");
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the staging connection: {}", e.getMessage());
            }
        }
    }
}
