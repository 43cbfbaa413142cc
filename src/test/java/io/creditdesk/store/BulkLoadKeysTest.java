package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import io.creditdesk.seller.MarketplaceStore;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting the big tables' keys aside for a bulk load and getting them back, also after a crash. */
class BulkLoadKeysTest {
    @TempDir
    Path dir;

    private static List<String> migrated(Path dir) {
        try (Database db = Database.open(dir.resolve("migrated"))) {
            return SchemaSnapshot.of(db);
        }
    }

    private static List<String> keysOf(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT index_type_name || ' ' || index_name"
                + " FROM information_schema.indexes WHERE table_name = :t ORDER BY index_name")
                .bind("t", table).mapTo(String.class).list());
    }

    private static OrderLine line(String orderId, String sellerId) {
        return new OrderLine(orderId, sellerId, LocalDateTime.of(2026, 10, 1, 12, 0), new BigDecimal("12.50"),
                BigDecimal.ZERO, "CNY", OrderStatus.COMPLETED, null, null, null);
    }

    private static void write(MarketplaceStore store, OrderLine... lines) {
        store.writeNew(w -> {
            List.of(lines).forEach(w::orderLine);
            return null;
        });
    }

    @Test
    void keysComeBackWithTheMigrationsNamesAndDefinitionsOverTheLoadedRows() {
        List<String> expected = migrated(dir);
        try (Database db = Database.open(dir.resolve("load"))) {
            MarketplaceStore store = new MarketplaceJdbcStore(db);
            MarketplaceStore.DeferredKeys keys = store.deferKeys();
            assertThat(keysOf(db, "ORDER_LINE")).isEmpty();
            assertThat(keysOf(db, "SELLER_DAY")).containsExactly("PRIMARY KEY PRIMARY_KEY_2F");
            write(store, line("O1", "S1"), line("O2", "S1"), line("O1", "S2"));
            keys.close();
            keys.close();
            assertThat(SchemaSnapshot.of(db)).isEqualTo(expected);
            assertThat(keysOf(db, "ORDER_LINE")).containsExactly("INDEX ORDER_LINE_SELLER_IDX", "PRIMARY KEY PRIMARY_KEY_4");
            int marks = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM dataset_meta WHERE meta_key = :k")
                    .bind("k", BulkLoadKeys.MARK).mapTo(Integer.class).one());
            assertThat(marks).isZero();
        }
    }

    @Test
    void aTableThatHoldsRowsKeepsItsKeys() {
        try (Database db = Database.open(dir.resolve("full"))) {
            MarketplaceStore store = new MarketplaceJdbcStore(db);
            write(store, line("O1", "S1"));
            try (MarketplaceStore.DeferredKeys keys = store.deferKeys()) {
                assertThat(keysOf(db, "ORDER_LINE")).hasSize(2);
            }
            assertThatThrownBy(() -> write(store, line("O1", "S1"))).hasMessageContaining("Batch write failed");
        }
    }

    @Test
    void duplicateRowsMakeRestoringFailWithAMessage() {
        try (Database db = Database.open(dir.resolve("dup"))) {
            MarketplaceStore store = new MarketplaceJdbcStore(db);
            MarketplaceStore.DeferredKeys keys = store.deferKeys();
            write(store, line("O1", "S1"), line("O1", "S1"));
            assertThatThrownBy(keys::close).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Could not re-create the keys of the marketplace tables");
            db.jdbi().useHandle(h -> h.execute("TRUNCATE TABLE order_line"));
            keys.close();
            assertThat(keysOf(db, "ORDER_LINE")).hasSize(2);
        }
    }

    @Test
    void aLoadThatDiedIsGivenItsKeysBackWhenTheDatabaseIsNextOpened() {
        List<String> expected = migrated(dir);
        Path file = dir.resolve("crash");
        try (Database db = Database.open(file)) {
            MarketplaceStore store = new MarketplaceJdbcStore(db);
            store.deferKeys();
            write(store, line("O1", "S1"), line("O2", "S1"));
            assertThat(keysOf(db, "ORDER_LINE")).isEmpty();
            // the process dies: every session ends without the keys being put back
            try (java.sql.Connection c = db.directConnection()) {
                c.createStatement().execute("CHECKPOINT SYNC");
                c.createStatement().execute("SHUTDOWN IMMEDIATELY");
            } catch (java.sql.SQLException closedUnderUs) {
                // the database closes before the statement can answer
            }
        }
        try (Database db = Database.open(file)) {
            assertThat(SchemaSnapshot.of(db)).isEqualTo(expected);
            assertThat(new DatasetStore(db).status().orderLines()).isEqualTo(2);
        }
    }

    @Test
    void aLoadStillRunningInAnotherConnectionIsLeftAlone() {
        Path file = dir.resolve("shared");
        try (Database loader = Database.open(file)) {
            MarketplaceStore.DeferredKeys keys = new MarketplaceJdbcStore(loader).deferKeys();
            try (Database second = Database.open(file)) {
                assertThat(keysOf(second, "ORDER_LINE")).isEmpty();
            }
            keys.close();
            assertThat(keysOf(loader, "ORDER_LINE")).hasSize(2);
        }
    }
}
