package io.creditdesk.ingest.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.creditdesk.store.Database;
import io.creditdesk.store.DatasetStore;
import io.creditdesk.store.MarketplaceJdbcStore;
import io.creditdesk.store.MarketplaceKeysJdbcStore;

import org.junit.jupiter.api.Assumptions;

/** A fresh database with an import service, and helpers to write CSV files and fingerprint the data. */
final class ImportFixture implements AutoCloseable {
    static final Map<String, String> TABLES = Map.of(
            "seller", "seller_id",
            "order_line", "seller_id, order_id",
            "seller_month", "seller_id, month_start",
            "seller_day", "seller_id, sales_day",
            "loan", "loan_id",
            "repayment", "loan_id, due_on",
            "dataset_meta", "meta_key");

    final Database db;
    final ImportService imports;

    /** An in-memory database whose first import into the empty order_line takes the bulk path. */
    ImportFixture() {
        this(true);
    }

    /** {@code bulkFirst} false: every import upserts in its one transaction (the MERGE path). */
    ImportFixture(boolean bulkFirst) {
        this(Database.inMemory("import-" + UUID.randomUUID()), bulkFirst);
    }

    ImportFixture(Database db, boolean bulkFirst) {
        this.db = db;
        imports = new ImportService(new MarketplaceJdbcStore(db, bulkFirst), new MarketplaceKeysJdbcStore(db),
                new DatasetStore(db));
    }

    /** Sets this database's buyer salt, so that two databases can be compared row for row; returns this. */
    ImportFixture withSalt(String salt) {
        db.jdbi().useHandle(h -> h.execute("UPDATE app_secret SET secret_value = ? WHERE secret_key = 'buyer_salt'", salt));
        return this;
    }

    static Path olistSubset() {
        Path dir = Path.of(System.getProperty("creditdesk.shared", "../shared"), "data", "olist-2017-subset");
        Assumptions.assumeTrue(Files.isDirectory(dir), "The Olist subset is not at " + dir.toAbsolutePath()
                + " (shared data absent): skipped");
        return dir;
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    java.math.BigDecimal decimal(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(java.math.BigDecimal.class).one());
    }

    String string(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    /** SHA-256 over the sorted rows of every marketplace table and the dataset metadata. */
    String checksum() {
        return db.jdbi().withHandle(h -> {
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (String table : List.of("seller", "order_line", "seller_month", "seller_day", "loan", "repayment",
                    "dataset_meta")) {
                md.update(table.getBytes(StandardCharsets.UTF_8));
                MessageDigest m = md;
                h.createQuery("SELECT * FROM " + table + " ORDER BY " + TABLES.get(table))
                        .map((rs, ctx) -> {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                sb.append(rs.getString(i)).append('|');
                            }
                            return sb.append('\n').toString();
                        })
                        .forEach(row -> m.update(row.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
