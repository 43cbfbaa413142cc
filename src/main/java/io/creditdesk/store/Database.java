package io.creditdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The local H2 file database. Opened with AUTO_SERVER so that a second process (the window open
 * while a command imports) shares the file safely; the schema comes only from Flyway migrations.
 */
public final class Database implements AutoCloseable {
    static {
        // H2's value cache hashes every string it reads (a second time when it caches the value) to
        // share equal small values. Our reads are long scans of distinct values (journal payloads and
        // hashes, order lines): with the cache off `journal verify` over 1,000,000 entries went from
        // 6.1-6.5 s to 4.5 s (docs/benchmarks.md). Set before H2 reads its system properties; an
        // explicit -Dh2.objectCache=... still wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Path file;
    private final String url;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(Path file, String url, JdbcConnectionPool pool) {
        this.file = file;
        this.url = url;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (creating if needed) the database at {@code file} (no {@code .mv.db} suffix) and migrates it. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the folder for the database " + file + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE";
        return openUrl(url, file);
    }

    /** A private in-memory database, for tests. */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", Path.of("mem:" + name));
    }

    private static Database openUrl(String url, Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        try {
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw StoreException.explain(file, e);
        }
        Database db = new Database(file, url, pool);
        try {
            // outOfOrder: a database built by a development version that had V12 but not yet V10 (merged
            // later from another branch) still takes V10; every migration is additive
            if (!upToDate(pool)) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").outOfOrder(true).load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("The database " + file + " could not be brought up to date: "
                    + e.getMessage(), e);
        }
        try {
            // an import accepted before a crash is rolled forward (ADR 0012)
            StagedImport.rollForward(db);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return db;
    }

    /** The versions of the migrations this build carries (db/migration), ascending; DatabaseTest checks the files. */
    static final List<Integer> MIGRATIONS = List.of(1, 5, 10, 12, 13, 14, 17, 18, 20, 21, 22);

    /**
     * True when the file has exactly this build's migrations applied, all successfully: then there is nothing
     * for Flyway to do, and not starting it saves 0.4–0.5 s of every command's start. Anything else (a new
     * file, an older or newer schema, a failed migration) goes to Flyway, which migrates or explains.
     */
    private static boolean upToDate(JdbcConnectionPool pool) {
        List<Integer> applied = new ArrayList<>();
        try (Connection c = pool.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY CAST(\"version\" AS INT)")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(Integer.parseInt(rs.getString(1)));
            }
        } catch (SQLException | NumberFormatException e) {
            return false; // no history table yet, or one this build does not understand
        }
        return applied.equals(MIGRATIONS);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** An on-demand SqlObject DAO: each call takes a pooled connection and gives it back. */
    public <T> T dao(Class<T> type) {
        return jdbi.onDemand(type);
    }

    /**
     * A connection of its own, outside the pool, for long scans: a pooled connection takes a lock on
     * every result-set call, which was a tenth of `journal verify`. The caller closes it.
     */
    public java.sql.Connection directConnection() throws SQLException {
        return java.sql.DriverManager.getConnection(url, "sa", "");
    }

    public Path file() {
        return file;
    }

    /** Schema version applied by Flyway (highest successful version). */
    public String schemaVersion() {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND \"success\"")
                .mapTo(String.class).one());
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
