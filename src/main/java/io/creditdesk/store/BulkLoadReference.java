package io.creditdesk.store;

import java.nio.file.Path;

/** H2's own bulk CSV load, the reference the import benchmark compares itself with. */
public final class BulkLoadReference {
    private BulkLoadReference() {
    }

    /** {@code CREATE TABLE … AS SELECT * FROM CSVREAD(file)} into a scratch table; returns its row count. */
    public static long load(Database db, Path csv) {
        return db.jdbi().withHandle(h -> {
            h.execute("DROP TABLE IF EXISTS bulk_reference");
            // a DDL statement takes no parameters: the path goes in as an escaped literal
            String file = csv.toAbsolutePath().toString().replace("'", "''");
            h.execute("CREATE TABLE bulk_reference AS SELECT * FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
            long n = h.createQuery("SELECT COUNT(*) FROM bulk_reference").mapTo(Long.class).one();
            h.execute("DROP TABLE bulk_reference");
            return n;
        });
    }
}
