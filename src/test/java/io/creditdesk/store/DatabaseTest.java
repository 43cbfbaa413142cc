package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.creditdesk.AppContext;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    /** A database file migrated only up to {@code version} (as an older Creditdesk left it); returns its URL. */
    static String migratedTo(Path file, String version) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE";
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target(version).load().migrate();
        return url;
    }

    @Test
    void theListOfMigrationsThatSkipsFlywayMatchesTheMigrationFiles() throws Exception {
        Path folder = Path.of(getClass().getResource("/db/migration").toURI());
        List<Integer> versions;
        try (var files = java.nio.file.Files.list(folder)) {
            versions = files.map(f -> f.getFileName().toString())
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
        assertThat(Database.MIGRATIONS).isEqualTo(versions);
    }

    @Test
    void aCurrentFileOpensWithoutFlywayAndAnOlderOneIsStillMigrated() throws Exception {
        try (Database db = Database.open(dir.resolve("current"))) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(Database.MIGRATIONS.get(Database.MIGRATIONS.size() - 1)));
        }
        try (Database db = Database.open(dir.resolve("current"))) {
            assertThat(new DatasetStore(db).status().sellers()).isZero();
        }
        migratedTo(dir.resolve("older"), "18");
        try (Database db = Database.open(dir.resolve("older"))) {
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(Database.MIGRATIONS.get(Database.MIGRATIONS.size() - 1)));
            int runs = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM score_run").mapTo(Integer.class).one());
            assertThat(runs).isZero();
        }
    }

    @Test
    void freshFileIsMigratedAndEmpty() {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            assertThat(dir.resolve("fresh.mv.db")).exists();
            assertThat(Integer.parseInt(db.schemaVersion())).isGreaterThanOrEqualTo(1);
            assertThat(new DatasetStore(db).status().sellers()).isZero();
        }
    }

    @Test
    void journalWrittenAsTextBeforeV18StaysIntactAfterTheMoveToBytes() throws Exception {
        Path file = dir.resolve("old");
        String url = migratedTo(file, "14");
        io.creditdesk.decision.JournalCodec codec = new io.creditdesk.decision.JournalCodec();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO journal_entry VALUES (?, ?, ?, ?, ?, ?)")) {
            String prev = io.creditdesk.decision.JournalCodec.GENESIS;
            for (int seq = 1; seq <= 3; seq++) {
                LocalDateTime at = LocalDateTime.of(2026, 11, 28, 10, 0, seq);
                String payload = io.creditdesk.decision.JournalCodec.payload("decision", at,
                        java.util.Map.of("note", "prüfung 审核 " + seq));
                String hash = codec.hash(prev, payload);
                ps.setLong(1, seq);
                ps.setObject(2, at);
                ps.setString(3, "decision");
                ps.setString(4, payload);
                ps.setString(5, prev);
                ps.setString(6, hash);
                ps.executeUpdate();
                prev = hash;
            }
            c.createStatement().execute("MERGE INTO journal_head KEY (head_id) VALUES (1, 3, '" + prev + "')");
        }
        try (Database db = Database.open(file)) {
            var verification = new io.creditdesk.decision.JournalVerifier(new DecisionJdbcStore(db)).verify();
            assertThat(verification.ok()).isTrue();
            assertThat(verification.entries()).isEqualTo(3);
            String text = db.jdbi().withHandle(h -> h.createQuery("SELECT payload FROM journal_text WHERE seq = 2")
                    .mapTo(String.class).one());
            assertThat(text).isEqualTo("{\"body\":{\"note\":\"prüfung 审核 2\"},\"kind\":\"decision\","
                    + "\"recorded_at\":\"2026-11-28T10:00:02Z\"}");
        }
    }

    @Test
    void monthsStoredBeforeTheSaleDayBitsGetThemFromTheirDailyRows() throws Exception {
        Path file = dir.resolve("bits");
        String url = migratedTo(file, "18");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO seller (seller_id, name, joined_on, source) VALUES ('s1', 'S', DATE '2024-01-01', 'demo')");
            for (String month : List.of("2026-01-01", "2026-02-01", "2026-03-01")) {
                st.execute("INSERT INTO seller_month VALUES ('s1', DATE '" + month + "', 3, 3, 0, 0, 0, 30.00, 0, 0, 0,"
                        + " 0, 0, 0, 1, 0.00, 0)");
            }
            // January: days 1, 2 and 31; February: no daily rows (stays unknown); March: day 15, and a day without orders
            for (String day : List.of("2026-01-01", "2026-01-02", "2026-01-31", "2026-03-15")) {
                st.execute("INSERT INTO seller_day VALUES ('s1', DATE '" + day + "', 1, 10.00)");
            }
            st.execute("INSERT INTO seller_day VALUES ('s1', DATE '2026-03-20', 0, 0.00)");
        }
        try (Database db = Database.open(file)) {
            List<Integer> bits = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT sale_days FROM seller_month ORDER BY month_start").mapTo(Integer.class).list());
            assertThat(bits).containsExactly(1 | 2 | 1 << 30, 0, 1 << 14);
        }
    }

    @Test
    void secondProcessStyleOpenSharesTheFile() {
        Path file = dir.resolve("shared");
        try (Database a = Database.open(file); Database b = Database.open(file)) {
            new DatasetStore(a).setAsOf(LocalDate.of(2026, 11, 1));
            assertThat(new DatasetStore(b).asOf()).contains(LocalDate.of(2026, 11, 1));
        }
    }

    @Test
    void aggregatesAreRecomputedFromOrderLines() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("agg")), java.time.Clock.systemUTC())) {
            ctx.marketplace().write(w -> {
                w.seller(new Seller("s1", "Shop", "toys", "Zhejiang", "Hangzhou", LocalDate.of(2025, 1, 1), "CNY", "test"));
                w.orderLine(line("o1", "b1", "2026-03-01T10:00", "100.00", OrderStatus.COMPLETED, 5, false));
                w.orderLine(line("o2", "b1", "2026-03-02T10:00", "50.50", OrderStatus.COMPLETED, 1, true));
                w.orderLine(line("o3", "b2", "2026-03-03T10:00", "70.00", OrderStatus.CANCELLED, null, null));
                w.orderLine(line("o4", "b2", "2026-04-03T10:00", "20.00", OrderStatus.REFUNDED, 2, false));
                w.refreshAggregates(List.of("s1"));
                return null;
            });
            List<SellerMonth> months = ctx.sellers().months("s1");
            assertThat(months).hasSize(2);
            SellerMonth march = months.get(0);
            assertThat(march.orders()).isEqualTo(3);
            assertThat(march.completedOrders()).isEqualTo(2);
            assertThat(march.cancelledOrders()).isEqualTo(1);
            assertThat(march.gmv()).isEqualByComparingTo("150.50");
            assertThat(march.reviews()).isEqualTo(2);
            assertThat(march.reviewSum()).isEqualTo(6);
            assertThat(march.lowReviews()).isEqualTo(1);
            assertThat(march.lateOrders()).isEqualTo(1);
            assertThat(march.repeatOrders()).isEqualTo(1);
            assertThat(march.buyers()).isEqualTo(2);
            assertThat(march.top10BuyerGmv()).isEqualByComparingTo("150.50");
            SellerMonth april = months.get(1);
            assertThat(april.refundedOrders()).isEqualTo(1);
            assertThat(april.repeatOrders()).isEqualTo(1);
            assertThat(ctx.sellers().days("s1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1))).hasSize(4);
            assertThat(ctx.sellers().browserRows(LocalDate.of(2026, 4, 30)))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.gmv12m()).isEqualByComparingTo("150.50");
                        assertThat(r.orders12m()).isEqualTo(4);
                        assertThat(r.tenureMonths()).isEqualTo(15);
                    });
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("tx")), java.time.Clock.systemUTC())) {
            try {
                ctx.marketplace().write(w -> {
                    w.seller(new Seller("s1", "Shop", null, null, null, null, "CNY", "test"));
                    w.flush();
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolls back
            }
            assertThat(ctx.datasets().status().sellers()).isZero();
        }
    }

    private static OrderLine line(String id, String buyer, String at, String amount, OrderStatus status,
                                  Integer review, Boolean late) {
        return new OrderLine(id, "s1", LocalDateTime.parse(at), new BigDecimal(amount), null, "CNY", status, buyer,
                review, late);
    }
}
