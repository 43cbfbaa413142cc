package io.creditdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.creditdesk.seller.MarketplaceStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary keys and plain indexes of some empty tables, set aside for a bulk load and put back
 * afterwards. H2 builds a key over rows already loaded by sorting them, several times faster than
 * it keeps the key up to date row by row (docs/benchmarks.md, "Benchmarks: demo marketplace").
 *
 * <p>Before anything is dropped, the definitions as this database holds them (the names Flyway's
 * migrations left, the columns in order) are committed to {@code dataset_meta} under {@value #MARK}
 * together with the loading connection's session. {@link #close()} re-creates them with the same
 * names and removes the mark. If the process dies in between (the window closed during the first
 * start's demo), the next {@link Database#open} re-creates them through {@link #recoverInterrupted},
 * unless that session is still alive (a load by another process sharing the file).
 */
final class BulkLoadKeys implements MarketplaceStore.DeferredKeys {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoadKeys.class);
    static final String MARK = "deferred_keys";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final int MARK_LIMIT = 1000;

    /** One key or index: kind PK (with its constraint's name) or INDEX. */
    private record Key(String kind, String table, String constraint, String index, List<String> columns) {
        String line() {
            return String.join("|", kind, table, constraint, index, String.join(",", columns));
        }

        static Key parse(String line) {
            String[] f = line.split("\\|", -1);
            return new Key(f[0], f[1], f[2], f[3], List.of(f[4].split(",")));
        }

        String columnList() {
            return "\"" + String.join("\", \"", columns) + "\"";
        }
    }

    private final Database db;
    private final List<Key> keys;
    private Connection lease;
    private boolean restored;

    private BulkLoadKeys(Database db, Connection lease, List<Key> keys) {
        this.db = db;
        this.lease = lease;
        this.keys = keys;
    }

    /**
     * Drops the primary key and plain indexes of each of {@code tables} that is empty; a table with
     * rows keeps its keys. The returned object holds a connection until it is closed.
     */
    static BulkLoadKeys defer(Database db, List<String> tables) {
        Connection c = null;
        try {
            c = db.directConnection();
            c.setAutoCommit(true);
            List<Key> keys = new ArrayList<>();
            for (String table : tables) {
                if (isEmpty(c, table)) {
                    keys.addAll(definitions(c, table));
                }
            }
            StringBuilder mark = new StringBuilder(session(c));
            keys.forEach(k -> mark.append('\n').append(k.line()));
            if (keys.isEmpty() || mark.length() > MARK_LIMIT) {
                keys.clear();
            } else {
                writeMark(c, mark.toString());
                try (Statement s = c.createStatement()) {
                    for (Key k : keys) {
                        s.execute(k.kind().equals("PK") ? "ALTER TABLE \"" + k.table() + "\" DROP PRIMARY KEY"
                                : "DROP INDEX \"" + k.index() + "\"");
                    }
                }
            }
            return new BulkLoadKeys(db, c, keys);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    restore(c, keysFromMark(c));
                    c.close();
                } catch (SQLException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new StoreException("Could not prepare the tables for loading: " + e.getMessage(), e);
        }
    }

    /**
     * Re-creates every key set aside (built by sorting the rows there are now) and removes the mark.
     * Closes the held connection; once it succeeded, calling it again does nothing, and after a failure
     * it can be tried again (on a new connection).
     */
    @Override
    public void close() {
        if (restored) {
            return;
        }
        try (Connection c = lease != null ? lease : db.directConnection()) {
            lease = null;
            restore(c, keys);
            restored = true;
        } catch (SQLException e) {
            throw new StoreException("Could not re-create the keys of the marketplace tables: " + e.getMessage(), e);
        }
    }

    /**
     * After a crash during a bulk load: re-creates the keys it had set aside, unless that load is still
     * running. A failure is logged (the tables still work without their keys, only slower) and tried
     * again at the next open.
     */
    static void recoverInterrupted(Database db) {
        try (Connection c = db.directConnection()) {
            String mark = readMark(c);
            if (mark == null || isAlive(c, mark.lines().findFirst().orElse(""))) {
                return;
            }
            LOG.warn("A bulk load was interrupted before it re-created its keys; re-creating them now");
            restore(c, keysFromMark(c));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not re-create the keys an interrupted load had set aside", e);
        }
    }

    private static List<Key> keysFromMark(Connection c) throws SQLException {
        String mark = readMark(c);
        return mark == null ? List.of() : mark.lines().skip(1).map(Key::parse).toList();
    }

    private static void restore(Connection c, List<Key> keys) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Key k : keys) {
                if (k.kind().equals("PK")) {
                    if (primaryKeyIndex(c, k.table()) == null) {
                        s.execute("ALTER TABLE \"" + k.table() + "\" ADD CONSTRAINT \"" + k.constraint()
                                + "\" PRIMARY KEY (" + k.columnList() + ")");
                    }
                    // H2 names a new key's index after a hash of the table name; the migrations' may differ
                    String index = primaryKeyIndex(c, k.table());
                    if (!k.index().equals(index)) {
                        s.execute("ALTER INDEX \"" + index + "\" RENAME TO \"" + k.index() + "\"");
                    }
                } else if (!indexExists(c, k.index())) {
                    s.execute("CREATE INDEX \"" + k.index() + "\" ON \"" + k.table() + "\" (" + k.columnList() + ")");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset_meta WHERE meta_key = ?")) {
                ps.setString(1, MARK);
                ps.executeUpdate();
            }
        }
    }

    /** The primary key and the plain ascending indexes of {@code table}, as the database defines them now. */
    private static List<Key> definitions(Connection c, String table) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.index_name, i.index_type_name, tc.constraint_name"
                + " FROM information_schema.indexes i LEFT JOIN information_schema.table_constraints tc"
                + " ON tc.table_schema = i.table_schema AND tc.index_name = i.index_name"
                + " WHERE i.table_schema = 'PUBLIC' AND i.table_name = ? ORDER BY i.index_name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String index = rs.getString(1);
                    String type = rs.getString(2);
                    String constraint = rs.getString(3);
                    List<String> columns = ascendingColumns(c, index);
                    if (columns == null || !NAME.matcher(index).matches()) {
                        continue;
                    }
                    if (type.equals("PRIMARY KEY") && constraint != null && NAME.matcher(constraint).matches()
                            && !isReferenced(c, constraint)) {
                        keys.add(new Key("PK", table, constraint, index, columns));
                    } else if (type.equals("INDEX") && constraint == null) {
                        keys.add(new Key("INDEX", table, "", index, columns));
                    }
                }
            }
        }
        return keys;
    }

    /** The index's columns in order, or null if one is descending, puts nulls last, or has an unusual name. */
    private static List<String> ascendingColumns(Connection c, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, ordering_specification, null_ordering"
                + " FROM information_schema.index_columns WHERE index_schema = 'PUBLIC' AND index_name = ?"
                + " ORDER BY ordinal_position")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String nulls = rs.getString(3);
                    if (!NAME.matcher(rs.getString(1)).matches() || !"ASC".equals(rs.getString(2))
                            || !(nulls == null || nulls.equals("FIRST"))) {
                        return null;
                    }
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns.isEmpty() ? null : columns;
    }

    private static boolean isReferenced(Connection c, String constraint) throws SQLException {
        return exists(c, "SELECT 1 FROM information_schema.referential_constraints"
                + " WHERE unique_constraint_schema = 'PUBLIC' AND unique_constraint_name = ?", constraint);
    }

    private static boolean indexExists(Connection c, String index) throws SQLException {
        return exists(c, "SELECT 1 FROM information_schema.indexes WHERE index_schema = 'PUBLIC' AND index_name = ?",
                index);
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM \"" + table + "\" LIMIT 1")) {
            return !rs.next();
        }
    }

    private static String primaryKeyIndex(Connection c, String table) throws SQLException {
        return string(c, "SELECT index_name FROM information_schema.table_constraints WHERE table_schema = 'PUBLIC'"
                + " AND table_name = ? AND constraint_type = 'PRIMARY KEY'", table);
    }

    /** "session ID START" of this connection: what {@link #isAlive} looks for. */
    private static String session(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT session_id, session_start FROM information_schema.sessions WHERE session_id = SESSION_ID()")) {
            rs.next();
            return "session " + rs.getInt(1) + " " + rs.getString(2);
        }
    }

    /** Whether the session named on the mark's first line is connected now (same id and start time). */
    private static boolean isAlive(Connection c, String sessionLine) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT session_id, session_start FROM information_schema.sessions")) {
            while (rs.next()) {
                if (sessionLine.equals("session " + rs.getInt(1) + " " + rs.getString(2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void writeMark(Connection c, String mark) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO dataset_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, MARK);
            ps.setString(2, mark);
            ps.executeUpdate();
        }
    }

    private static String readMark(Connection c) throws SQLException {
        return string(c, "SELECT meta_value FROM dataset_meta WHERE meta_key = ?", MARK);
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        return string(c, sql, arg) != null;
    }

    private static String string(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
