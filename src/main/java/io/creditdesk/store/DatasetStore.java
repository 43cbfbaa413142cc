package io.creditdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.creditdesk.dataset.DatasetRepository;
import io.creditdesk.dataset.DatasetStatus;

import org.jdbi.v3.core.Handle;

/** Counts and metadata of the local database. */
public final class DatasetStore implements DatasetRepository {
    static final String AS_OF = "as_of";
    private final Database db;

    public DatasetStore(Database db) {
        this.db = db;
    }

    @Override
    public DatasetStatus status() {
        return db.jdbi().withHandle(h -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            h.createQuery("SELECT status, COUNT(*) FROM application GROUP BY status ORDER BY status")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> byStatus.put(e.getKey(), e.getValue()));
            return new DatasetStatus(
                    count(h, "seller"), count(h, "order_line"), byStatus, count(h, "loan"),
                    count(h, "decision"), count(h, "model_version"), readAsOf(h).orElse(null),
                    db.schemaVersion());
        });
    }

    @Override
    public Optional<LocalDate> asOf() {
        return db.jdbi().withHandle(DatasetStore::readAsOf);
    }

    @Override
    public void setAsOf(LocalDate asOf) {
        db.jdbi().useHandle(h -> writeMeta(h, AS_OF, asOf.toString()));
    }

    static void writeMeta(Handle h, String key, String value) {
        h.createUpdate("MERGE INTO dataset_meta (meta_key, meta_value) KEY (meta_key) VALUES (:k, :v)")
                .bind("k", key).bind("v", value).execute();
    }

    /** Moves the as-of date to {@code day} if it is later (or unset), inside the caller's transaction. */
    static void advanceAsOf(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT meta_value FROM dataset_meta WHERE meta_key = ?")) {
            read.setString(1, AS_OF);
            try (ResultSet rs = read.executeQuery()) {
                if (rs.next() && !LocalDate.parse(rs.getString(1)).isBefore(day)) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO dataset_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, AS_OF);
            ps.setString(2, day.toString());
            ps.executeUpdate();
        }
    }

    private static Optional<LocalDate> readAsOf(Handle h) {
        return h.createQuery("SELECT meta_value FROM dataset_meta WHERE meta_key = :k").bind("k", AS_OF)
                .mapTo(String.class).findOne().map(LocalDate::parse);
    }

    private static long count(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }
}
