package io.creditdesk.ingest.imports;

import static io.creditdesk.ingest.imports.ImportFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.creditdesk.common.CancelledException;
import io.creditdesk.common.Progress;
import io.creditdesk.store.DatasetStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    static final String SELLERS = """
            seller_id,name,category,region,city,joined_on
            s1,Tea House,food,Zhejiang,Hangzhou,2024-01-15
            s2,"Lamps, Ltd",home,Guangdong,Shenzhen,2023-06-01
            """;
    static final String ORDERS = """
            order_id,seller_id,placed_at,amount,currency,status,buyer_id,review_score,shipped_late
            o1,s1,2026-03-01T10:00:00,100.50,CNY,COMPLETED,b1,5,false
            o2,s1,2026-03-02T11:00:00+08:00,20,CNY,COMPLETED,b1,2,true
            o3,s1,2026-03-02 12:00:00,30.25,,CANCELLED,b2,,
            o4,s1,2026-04-01T09:00:00,50,CNY,REFUNDED,b2,4,false
            o5,s2,2026-03-05T09:00:00,12.00,CNY,COMPLETED,b3,,
            """;

    @TempDir
    Path dir;

    /** A fresh database; the first import into it takes the bulk path ({@code …OnTheMergePathTest} overrides this). */
    ImportFixture fixture() {
        return new ImportFixture(true);
    }

    static ImportOptions share(String s) {
        return new ImportOptions(new BigDecimal(s), null, false);
    }

    @Test
    void olistSubsetGivesTheDocumentedFactsAndReimportChangesNothing() {
        Path olist = ImportFixture.olistSubset();
        try (ImportFixture f = fixture()) {
            ImportOptions opts = new ImportOptions(ImportOptions.DEFAULT_MAX_REJECT_SHARE, dir.resolve("r.csv"), false);
            ImportReport r = f.imports.importOlist(olist, opts, Progress.NONE);
            assertThat(r.refused()).isFalse();
            assertThat(r.sellers()).isEqualTo(3_095);
            assertThat(r.orderItems()).isEqualTo(11_252);
            assertThat(r.orderLines()).isEqualTo(9_994);
            assertThat(r.orders()).isEqualTo(9_889);
            assertThat(r.sellersWithOrders()).isEqualTo(1_207);
            assertThat(r.rejected()).isZero();
            assertThat(r.unattributedOrders()).hasSize(111).doesNotHaveDuplicates();
            assertThat(r.rejectsFile()).isNull();
            assertThat(f.count("SELECT COUNT(*) FROM seller")).isEqualTo(3_095);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(9_994);
            assertThat(f.count("SELECT COUNT(DISTINCT order_id) FROM order_line")).isEqualTo(9_889);
            assertThat(f.count("SELECT COUNT(DISTINCT seller_id) FROM order_line")).isEqualTo(1_207);
            assertThat(f.count("SELECT SUM(orders) FROM seller_month")).isEqualTo(9_994);
            assertThat(f.count("SELECT SUM(orders) FROM seller_day")).isEqualTo(9_994);
            assertThat(f.count("SELECT COUNT(*) FROM order_line WHERE currency <> 'BRL'")).isZero();
            assertThat(f.count("SELECT COUNT(*) FROM order_line WHERE NOT REGEXP_LIKE(buyer_hash, '^[0-9a-f]{32}$')"))
                    .isZero();
            assertThat(f.count("SELECT COUNT(*) FROM seller WHERE joined_on IS NOT NULL")).isEqualTo(1_207);
            assertThat(f.decimal("SELECT SUM(gmv) FROM seller_month"))
                    .isEqualByComparingTo(f.decimal("SELECT SUM(amount) FROM order_line WHERE status = 'COMPLETED'"));
            String checksum = f.checksum();

            ImportReport again = f.imports.importOlist(olist, opts, Progress.NONE);
            assertThat(List.of(again.sellers(), again.orderItems(), again.orderLines(), again.orders(),
                    again.sellersWithOrders(), again.rejected(), (long) again.unattributedOrders().size()))
                    .containsExactly(3_095L, 11_252L, 9_994L, 9_889L, 1_207L, 0L, 111L);
            assertThat(f.checksum()).isEqualTo(checksum);
        }
    }

    @Test
    void canonicalFilesFillSellersOrdersAndExactAggregates() {
        try (ImportFixture f = fixture()) {
            ImportReport r = f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("sellers.csv"), SELLERS),
                    write(dir.resolve("orders.csv"), ORDERS), null, null), ImportOptions.defaults(), Progress.NONE);
            assertThat(r.committed()).isTrue();
            assertThat(List.of(r.sellers(), r.sellersWithOrders(), r.orderLines(), r.orders(), r.rejected()))
                    .containsExactly(2L, 2L, 5L, 5L, 0L);
            List<Map<String, Object>> months = f.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT * FROM seller_month WHERE seller_id = 's1' ORDER BY month_start").mapToMap().list());
            assertThat(months).hasSize(2);
            Map<String, Object> march = months.get(0);
            assertThat(march.get("month_start").toString()).isEqualTo("2026-03-01");
            assertThat(List.of(march.get("orders"), march.get("completed_orders"), march.get("cancelled_orders"),
                    march.get("refunded_orders"), march.get("reviews"), march.get("review_sum"), march.get("low_reviews"),
                    march.get("shipped_orders"), march.get("late_orders"), march.get("repeat_orders"), march.get("buyers")))
                    .containsExactly(3, 2, 1, 0, 2, 7, 1, 2, 1, 1, 2);
            assertThat((BigDecimal) march.get("gmv")).isEqualByComparingTo("120.50");
            assertThat((BigDecimal) march.get("top10_buyer_gmv")).isEqualByComparingTo("120.50");
            Map<String, Object> april = months.get(1);
            assertThat(List.of(april.get("orders"), april.get("refunded_orders"), april.get("repeat_orders"),
                    april.get("buyers"), april.get("shipped_orders"))).containsExactly(1, 1, 1, 1, 1);
            assertThat((BigDecimal) april.get("gmv")).isEqualByComparingTo("0");
            List<String> days = f.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT sales_day || ':' || orders || ':' || gmv FROM seller_day WHERE seller_id = 's1' ORDER BY sales_day")
                    .mapTo(String.class).list());
            assertThat(days).containsExactly("2026-03-01:1:100.50", "2026-03-02:2:20.00", "2026-04-01:1:0.00");
            assertThat(f.string("SELECT name FROM seller WHERE seller_id = 's2'")).isEqualTo("Lamps, Ltd");
            assertThat(f.string("SELECT CAST(placed_at AS VARCHAR) FROM order_line WHERE order_id = 'o2'"))
                    .isEqualTo("2026-03-02 11:00:00");
            assertThat(new DatasetStore(f.db).asOf()).contains(LocalDate.of(2026, 4, 1));
        }
    }

    @Test
    void buyerIdsAreStoredOnlyAsSaltedHashes() {
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("sellers.csv"), SELLERS),
                    write(dir.resolve("orders.csv"), ORDERS), null, null), ImportOptions.defaults(), Progress.NONE);
            List<String> hashes = f.db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT DISTINCT buyer_hash FROM order_line ORDER BY 1").mapTo(String.class).list());
            assertThat(hashes).hasSize(3).allMatch(s -> s.matches("[0-9a-f]{32}"));
            assertThat(f.count("SELECT COUNT(*) FROM order_line WHERE buyer_hash IN ('b1', 'b2', 'b3')")).isZero();
            try (ImportFixture other = fixture()) {
                other.imports.importCanonical(new CanonicalFiles(dir.resolve("sellers.csv"), dir.resolve("orders.csv"),
                        null, null), ImportOptions.defaults(), Progress.NONE);
                List<String> otherHashes = other.db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT DISTINCT buyer_hash FROM order_line ORDER BY 1").mapTo(String.class).list());
                assertThat(otherHashes).as("another database has another salt").doesNotContainAnyElementsOf(hashes);
            }
        }
    }

    @Test
    void reimportChangesNothingAndALaterExportAddsAndUpdates() {
        try (ImportFixture f = fixture()) {
            CanonicalFiles files = new CanonicalFiles(write(dir.resolve("sellers.csv"), SELLERS),
                    write(dir.resolve("orders.csv"), ORDERS), null, null);
            f.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            String checksum = f.checksum();
            ImportReport again = f.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            assertThat(again.orderLines()).isEqualTo(5);
            assertThat(f.checksum()).isEqualTo(checksum);

            Path later = write(dir.resolve("orders-later.csv"), """
                    order_id,seller_id,placed_at,amount,currency,status,buyer_id,review_score,shipped_late
                    o4,s1,2026-04-01T09:00:00,50,CNY,COMPLETED,b2,4,false
                    o6,s1,2026-04-03T09:00:00,10,CNY,COMPLETED,b4,,
                    """);
            f.imports.importCanonical(new CanonicalFiles(null, later, null, null), ImportOptions.defaults(), Progress.NONE);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(6);
            assertThat(f.decimal("SELECT gmv FROM seller_month WHERE seller_id = 's1' AND month_start = DATE '2026-04-01'"))
                    .isEqualByComparingTo("60.00");
            assertThat(f.count("SELECT orders FROM seller_month WHERE seller_id = 's1' AND month_start = DATE '2026-04-01'"))
                    .isEqualTo(2);
        }
    }

    @Test
    void loansAndRepaymentsImportAfterTheirSellersAndLoans() {
        try (ImportFixture f = fixture()) {
            ImportReport r = f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("sellers.csv"), SELLERS),
                    null, write(dir.resolve("loans.csv"), """
                            loan_id,seller_id,product,disbursed_on,principal,price,term_months
                            L1,s1,term,2025-01-10,50000,0.18,12
                            L2,s9,term,2025-01-10,50000,0.18,12
                            """), write(dir.resolve("repayments.csv"), """
                            loan_id,due_on,amount_due,paid_on,amount_paid
                            L1,2025-02-10,4583.33,2025-02-09,4583.33
                            L1,2025-03-10,4583.33,,
                            L2,2025-02-10,4583.33,,
                            """)), share("1"), Progress.NONE);
            assertThat(List.of(r.loans(), r.repayments(), r.rejected())).containsExactly(1L, 2L, 2L);
            assertThat(r.rejects()).extracting(RejectedRow::message).containsExactly(
                    "loans.csv:3: seller_id: unknown seller 's9' (not in the database nor in the sellers file)",
                    "repayments.csv:4: loan_id: unknown loan 'L2' (not in the database nor in the loans file)");
            assertThat(f.count("SELECT COUNT(*) FROM repayment WHERE paid_on IS NULL")).isEqualTo(1);
        }
    }

    @Test
    void dryRunValidatesAndChangesNothing() {
        try (ImportFixture f = fixture()) {
            String before = f.checksum();
            ImportReport r = f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("sellers.csv"), SELLERS),
                    write(dir.resolve("orders.csv"), ORDERS), null, null), new ImportOptions(
                    ImportOptions.DEFAULT_MAX_REJECT_SHARE, null, true), Progress.NONE);
            assertThat(r.dryRun()).isTrue();
            assertThat(r.orderLines()).isEqualTo(5);
            assertThat(f.checksum()).isEqualTo(before);
            assertThat(f.count("SELECT COUNT(*) FROM seller")).isZero();
        }
    }

    /** sellers s0..s49 and {@code lines} orders; every {@code garbageEvery}-th line garbage (0 = none). */
    static void bigFiles(Path dir, int lines, int garbageEvery) {
        StringBuilder s = new StringBuilder("seller_id,name\n");
        for (int i = 0; i < 50; i++) {
            s.append("s").append(i).append(",Seller ").append(i).append('\n');
        }
        write(dir.resolve("sellers.csv"), s.toString());
        StringBuilder o = new StringBuilder("order_id,seller_id,placed_at,amount,currency,status,buyer_id\n");
        for (int i = 1; i <= lines; i++) {
            if (garbageEvery > 0 && i % garbageEvery == 0) {
                o.append("#### garbage line ").append(i).append(" ####\n");
            } else {
                o.append("x").append(i).append(",s").append(i % 50).append(",2026-0").append(1 + i % 9)
                        .append("-1").append(i % 10).append("T10:00:00,").append(i % 997).append('.').append(i % 100 / 10)
                        .append("0,CNY,COMPLETED,b").append(i % 313).append('\n');
            }
        }
        write(dir.resolve("orders.csv"), o.toString());
    }

    @Test
    void aFileWithFivePercentGarbageIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("s0.csv"), SELLERS),
                    write(dir.resolve("o0.csv"), ORDERS), null, null), ImportOptions.defaults(), Progress.NONE);
            String before = f.checksum();
            bigFiles(dir, 2_000, 20);
            ImportReport r = f.imports.importCanonical(new CanonicalFiles(dir.resolve("sellers.csv"),
                    dir.resolve("orders.csv"), null, null), ImportOptions.defaults(), Progress.NONE);
            assertThat(r.refused()).isTrue();
            assertThat(r.refusal()).isEqualTo("orders.csv: 100 of 2,000 rows (5.0%) are bad, more than the 1% allowed"
                    + " (--max-reject-share 0.01); nothing was imported.");
            assertThat(r.rejected()).isEqualTo(100);
            assertThat(r.rejects().get(0).message()).isEqualTo("orders.csv:21: row: has 1 field, the header has 7");
            assertThat(f.checksum()).isEqualTo(before);
            List<String> rejects = Files.readAllLines(dir.resolve("import-rejects.csv"));
            assertThat(rejects).hasSize(101);
            assertThat(rejects.get(0)).isEqualTo("file,line,column,reason,original_line");
            assertThat(rejects.get(1)).isEqualTo("orders.csv,21,row,\"has 1 field, the header has 7\",#### garbage line 20 ####");
        }
    }

    @Test
    void cancellingMidImportLeavesTheDatabaseAsBefore() {
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("s0.csv"), SELLERS),
                    write(dir.resolve("o0.csv"), ORDERS), null, null), ImportOptions.defaults(), Progress.NONE);
            String before = f.checksum();
            bigFiles(dir, 10_000, 0);
            AtomicInteger rowsSeen = new AtomicInteger();
            Progress cancelling = new Progress() {
                @Override
                public void update(String step, double fraction) {
                    if (step.startsWith("Reading orders.csv:")) {
                        rowsSeen.incrementAndGet();
                    }
                }

                @Override
                public boolean cancelled() {
                    return rowsSeen.get() >= 2;
                }
            };
            assertThatThrownBy(() -> f.imports.importCanonical(new CanonicalFiles(dir.resolve("sellers.csv"),
                    dir.resolve("orders.csv"), null, null), ImportOptions.defaults(), cancelling))
                    .isInstanceOf(CancelledException.class);
            assertThat(rowsSeen.get()).isEqualTo(2);
            assertThat(f.checksum()).isEqualTo(before);
            ImportReport r = f.imports.importCanonical(new CanonicalFiles(dir.resolve("sellers.csv"),
                    dir.resolve("orders.csv"), null, null), ImportOptions.defaults(), Progress.NONE);
            assertThat(r.orderLines()).isEqualTo(10_000);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(10_005);
        }
    }
}
