package io.creditdesk.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.creditdesk.common.CancelledException;
import io.creditdesk.common.Progress;
import io.creditdesk.store.Database;
import io.creditdesk.store.DatasetStore;
import io.creditdesk.store.FeatureJdbcStore;
import io.creditdesk.store.MarketplaceJdbcStore;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator written into real (temporary) H2 databases. */
class DemoMarketplaceTest {
    /** Every marketplace table with the columns that order its rows completely. */
    static final Map<String, String> TABLES = Map.of(
            "seller", "seller_id",
            "order_line", "seller_id, order_id",
            "seller_month", "seller_id, month_start",
            "seller_day", "seller_id, sales_day",
            "application", "application_id",
            "loan", "loan_id",
            "repayment", "loan_id, due_on",
            "dataset_meta", "meta_key");

    @TempDir
    Path dir;

    static DemoSettings small(int sellers, long seed) {
        return new DemoSettings(sellers, 24, seed, LocalDate.of(2026, 10, 31), 20_000);
    }

    static DemoSummary generate(Database db, DemoSettings s, Progress p) {
        return new DemoMarketplace(new MarketplaceJdbcStore(db), new DatasetStore(db)).generate(s, p);
    }

    /** SHA-256 over the sorted rows of every marketplace table. */
    static String checksum(Database db) {
        return db.jdbi().withHandle(h -> {
            MessageDigest md = sha256();
            for (String table : List.of("seller", "order_line", "seller_month", "seller_day", "application", "loan",
                    "repayment", "dataset_meta")) {
                md.update(table.getBytes(StandardCharsets.UTF_8));
                h.createQuery("SELECT * FROM " + table + " ORDER BY " + TABLES.get(table))
                        .map((rs, ctx) -> {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                sb.append(rs.getString(i)).append('|');
                            }
                            return sb.append('\n').toString();
                        })
                        .forEach(row -> md.update(row.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(md.digest());
        });
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    @Test
    void sameSettingsWriteIdenticalRowsIntoTwoEmptyDatabases() {
        try (Database a = Database.open(dir.resolve("a")); Database b = Database.open(dir.resolve("b"));
             Database c = Database.open(dir.resolve("c"))) {
            DemoSummary sa = generate(a, small(60, 7), Progress.NONE);
            DemoSummary sb = generate(b, small(60, 7), Progress.NONE);
            generate(c, small(60, 8), Progress.NONE);
            assertThat(sb).isEqualTo(sa);
            assertThat(checksum(b)).isEqualTo(checksum(a));
            assertThat(checksum(c)).isNotEqualTo(checksum(a));
        }
    }

    @Test
    void summaryCountsWhatTheDatabaseHolds() {
        try (Database db = Database.open(dir.resolve("s"))) {
            DemoSummary s = generate(db, small(120, 3), Progress.NONE);
            db.jdbi().useHandle(h -> {
                assertThat(count(h, "SELECT COUNT(*) FROM seller")).isEqualTo(s.sellers()).isEqualTo(120);
                // order lines and daily rows for the last 13 months (from 2025-10-01), months for all 24
                assertThat(count(h, "SELECT COUNT(*) FROM order_line")).isEqualTo(s.orderLines())
                        .isEqualTo(count(h, "SELECT SUM(orders) FROM seller_month WHERE month_start >= DATE '2025-10-01'"))
                        .isEqualTo(count(h, "SELECT SUM(orders) FROM seller_day"))
                        .isLessThan(s.orders());
                assertThat(h.createQuery("SELECT MIN(sales_day) FROM seller_day").mapTo(LocalDate.class).one())
                        .isEqualTo(LocalDate.of(2025, 10, 1));
                assertThat(count(h, "SELECT SUM(orders) FROM seller_month")).isEqualTo(s.orders());
                assertThat(h.createQuery("SELECT SUM(gmv) FROM seller_month").mapTo(BigDecimal.class).one())
                        .isEqualByComparingTo(s.gmv());
                assertThat(count(h, "SELECT COUNT(*) FROM loan")).isEqualTo(s.loans()).isPositive();
                assertThat(count(h, "SELECT COUNT(*) FROM loan WHERE status = 'DEFAULTED'")).isEqualTo(s.defaults());
                assertThat(count(h, "SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'"))
                        .isEqualTo(s.openApplications()).isPositive();
                assertThat(count(h, "SELECT COUNT(*) FROM application")).isEqualTo(s.applications());
            });
            assertThat(new DatasetStore(db).asOf()).contains(LocalDate.of(2026, 10, 31));
        }
    }

    @Test
    void aggregatesWrittenInJavaEqualTheStoresRefreshFromOrderLines() {
        try (Database db = Database.open(dir.resolve("g"))) {
            // the store's SQL refresh is slow (see the report), so a few sellers over 12 months
            generate(db, new DemoSettings(4, 12, 11, LocalDate.of(2026, 10, 31), 20_000), Progress.NONE);
            String months = "SELECT * FROM seller_month ORDER BY seller_id, month_start";
            String days = "SELECT * FROM seller_day ORDER BY seller_id, sales_day";
            List<Map<String, Object>> monthsBefore = db.jdbi().withHandle(h -> h.createQuery(months).mapToMap().list());
            List<Map<String, Object>> daysBefore = db.jdbi().withHandle(h -> h.createQuery(days).mapToMap().list());
            List<String> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT seller_id FROM seller")
                    .mapTo(String.class).list());
            new MarketplaceJdbcStore(db).write(w -> {
                w.refreshAggregates(ids);
                return null;
            });
            List<Map<String, Object>> monthsAfter = db.jdbi().withHandle(h -> h.createQuery(months).mapToMap().list());
            List<Map<String, Object>> daysAfter = db.jdbi().withHandle(h -> h.createQuery(days).mapToMap().list());
            assertThat(monthsAfter).isEqualTo(monthsBefore);
            assertThat(daysAfter).isEqualTo(daysBefore);
            assertThat(monthsBefore).hasSizeGreaterThan(20);
        }
    }

    @Test
    void lastSaleDayFromTheMonthlySaleDayBitsEqualsTheOneFromDailyRows() {
        try (Database db = Database.open(dir.resolve("d"))) {
            // 12 months: every daily row is written, so both answers can be compared
            generate(db, new DemoSettings(40, 12, 13, LocalDate.of(2026, 10, 31), 20_000), Progress.NONE);
            FeatureJdbcStore features = new FeatureJdbcStore(db);
            List<String> ids = db.jdbi().withHandle(h -> h.createQuery("SELECT seller_id FROM seller ORDER BY seller_id")
                    .mapTo(String.class).list());
            List<String> fromDays = new java.util.ArrayList<>();
            List<String> fromMonths = new java.util.ArrayList<>();
            for (String id : ids) {
                io.creditdesk.features.SellerHistory h = features.history(id, LocalDate.of(2026, 12, 1));
                for (LocalDate d = LocalDate.of(2025, 11, 1); d.isBefore(LocalDate.of(2026, 11, 2)); d = d.plusDays(5)) {
                    LocalDate before = d;
                    fromDays.add(id + " " + d + " " + db.jdbi().withHandle(x -> x.createQuery(
                            "SELECT MAX(sales_day) FROM seller_day WHERE seller_id = :s AND sales_day < :d AND orders > 0")
                            .bind("s", id).bind("d", before).mapTo(LocalDate.class).findOne().orElse(null)));
                    fromMonths.add(id + " " + d + " " + h.lastSaleDay(d));
                }
            }
            assertThat(fromMonths).isEqualTo(fromDays);
            assertThat(fromDays.stream().filter(s -> !s.endsWith("null")).count()).isGreaterThan(1_000);
        }
    }

    @Test
    void storedValuesHaveTheDocumentedShapes() {
        try (Database db = Database.open(dir.resolve("v"))) {
            generate(db, small(150, 5), Progress.NONE);
            db.jdbi().useHandle(h -> {
                assertThat(count(h, "SELECT COUNT(*) FROM order_line WHERE NOT REGEXP_LIKE(buyer_hash, '^[0-9a-f]{32}$')"))
                        .isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM order_line WHERE currency <> 'CNY' OR amount <= 0")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM order_line WHERE review_score NOT BETWEEN 1 AND 5")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM order_line WHERE placed_at >= DATE '2026-11-01'"
                        + " OR placed_at < DATE '2025-10-01'")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM application WHERE requested_amount NOT BETWEEN 10000 AND 200000"
                        + " OR requested_term NOT IN (3, 6, 12) OR product NOT IN ('term', 'revenue')"
                        + " OR currency <> 'CNY'")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'"
                        + " AND submitted_at < DATE '2026-10-18'")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM loan l JOIN application a ON a.application_id = l.application_id"
                        + " WHERE l.principal > a.requested_amount OR l.principal < 10000")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM loan WHERE (status = 'DEFAULTED') <> (defaulted_on IS NOT NULL)"))
                        .isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM repayment WHERE paid_on > DATE '2026-10-31'")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM loan l WHERE status = 'REPAID' AND EXISTS"
                        + " (SELECT 1 FROM repayment r WHERE r.loan_id = l.loan_id AND r.paid_on IS NULL)")).isZero();
                assertThat(count(h, "SELECT COUNT(*) FROM loan l WHERE term_months <>"
                        + " (SELECT COUNT(*) FROM repayment r WHERE r.loan_id = l.loan_id)")).isZero();
                assertThat(count(h, "SELECT COUNT(DISTINCT region) FROM seller")).isGreaterThan(8);
                assertThat(count(h, "SELECT COUNT(DISTINCT category) FROM seller")).isGreaterThan(8);
            });
        }
    }

    @Test
    void largeRunsStoreOrderLinesOnlyForTheDetailSampleAndTheQueue() {
        try (Database db = Database.open(dir.resolve("l"))) {
            DemoSettings s = new DemoSettings(240, 24, 9, LocalDate.of(2026, 10, 31), 40);
            DemoSummary summary = generate(db, s, Progress.NONE);
            db.jdbi().useHandle(h -> {
                assertThat(count(h, "SELECT COUNT(DISTINCT seller_id) FROM seller_month")).isGreaterThan(230);
                assertThat(count(h, "SELECT SUM(orders) FROM seller_month")).isEqualTo(summary.orders());
                List<String> withLines = h.createQuery("SELECT DISTINCT seller_id FROM order_line ORDER BY seller_id")
                        .mapTo(String.class).list();
                List<String> queue = h.createQuery("SELECT seller_id FROM application WHERE status = 'SUBMITTED'")
                        .mapTo(String.class).list();
                // S0000007 is in the sample too but sold nothing in the last 13 months, so it has no lines
                assertThat(withLines).containsAll(queue).contains("S0000001", "S0000013").doesNotContain("S0000007");
                assertThat(withLines).hasSizeLessThanOrEqualTo(40 + queue.size());
                assertThat(count(h, "SELECT COUNT(DISTINCT seller_id) FROM seller_day")).isEqualTo(withLines.size());
                assertThat(count(h, "SELECT COUNT(*) FROM order_line")).isEqualTo(summary.orderLines())
                        .isLessThan(summary.orders());
            });
        }
    }

    @Test
    void theStepAfterTheLoadSeesEverySellerAndMonthCommitted() {
        try (Database db = Database.open(dir.resolve("a")); Database plain = Database.open(dir.resolve("b"))) {
            DemoMarketplace demo = new DemoMarketplace(new MarketplaceJdbcStore(db), new DatasetStore(db));
            long[] seen = new long[2];
            DemoSummary s = demo.generate(small(50, 6), Progress.NONE, () -> db.jdbi().useHandle(h -> {
                seen[0] = count(h, "SELECT COUNT(*) FROM seller");
                seen[1] = count(h, "SELECT SUM(orders) FROM seller_month");
            }));
            assertThat(seen).containsExactly(50, s.orders());
            assertThat(s).isEqualTo(generate(plain, small(50, 6), Progress.NONE));
            assertThat(checksum(db)).isEqualTo(checksum(plain));
        }
    }

    @Test
    void aFailureInTheStepAfterTheLoadLeavesNoDemo() {
        try (Database db = Database.open(dir.resolve("f"))) {
            DemoMarketplace demo = new DemoMarketplace(new MarketplaceJdbcStore(db), new DatasetStore(db));
            assertThatThrownBy(() -> demo.generate(small(40, 4), Progress.NONE, () -> {
                throw new IllegalStateException("training failed");
            })).hasMessage("training failed");
            db.jdbi().useHandle(h -> {
                for (String t : List.of("seller", "order_line", "seller_month", "seller_day", "application", "loan",
                        "repayment")) {
                    assertThat(count(h, "SELECT COUNT(*) FROM " + t)).as(t).isZero();
                }
            });
            assertThat(new DatasetStore(db).asOf()).isEmpty();
        }
    }

    @Test
    void cancellingLeavesNoHalfWrittenDemo() {
        try (Database db = Database.open(dir.resolve("c"))) {
            Progress cancelSoon = new Progress() {
                int updates;

                @Override
                public void update(String step, double fraction) {
                    updates++;
                }

                @Override
                public boolean cancelled() {
                    return updates > 2;
                }
            };
            assertThatThrownBy(() -> generate(db, small(400, 1), cancelSoon)).isInstanceOf(CancelledException.class);
            db.jdbi().useHandle(h -> {
                for (String t : List.of("seller", "order_line", "seller_month", "seller_day", "application", "loan",
                        "repayment")) {
                    assertThat(count(h, "SELECT COUNT(*) FROM " + t)).as(t).isZero();
                }
            });
        }
    }
}
