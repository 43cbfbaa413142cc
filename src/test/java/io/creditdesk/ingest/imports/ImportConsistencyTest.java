package io.creditdesk.ingest.imports;

import static io.creditdesk.ingest.imports.ImportFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import io.creditdesk.common.CancelledException;
import io.creditdesk.common.Progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the write path must keep: refusal, dry run and cancel (also late, while the aggregates are
 * refreshed) leave the same checksum; two files give what one gives; upsert semantics.
 */
class ImportConsistencyTest {
    static final String HEADER = "order_id,seller_id,placed_at,amount,currency,status,buyer_id,review_score,shipped_late\n";
    static final String FIRST_HALF = """
            a1,s1,2026-03-01T10:00:00,100.50,CNY,COMPLETED,b1,5,false
            a2,s1,2026-03-02T11:00:00,20,CNY,COMPLETED,b1,2,true
            a3,s1,2026-03-02T12:00:00,30.25,CNY,CANCELLED,b2,,
            a4,s2,2026-03-05T09:00:00,12.00,CNY,COMPLETED,b3,,
            """;
    static final String SECOND_HALF = """
            a5,s1,2026-03-20T10:00:00,40,CNY,COMPLETED,b2,4,false
            a6,s1,2026-04-01T09:00:00,50,CNY,REFUNDED,b1,1,false
            a7,s1,2026-04-02T09:00:00,70,CNY,COMPLETED,b9,,
            a8,s2,2026-03-05T10:00:00,8.00,CNY,COMPLETED,b3,3,true
            """;

    static final String LINES = "SELECT order_id || ' ' || seller_id || ' ' || placed_at || ' ' || amount || ' ' || status"
            + " FROM order_line ORDER BY 1";

    @TempDir
    Path dir;

    /** A fresh database; the first import into it takes the bulk path ({@code …OnTheMergePathTest} overrides this). */
    ImportFixture fixture() {
        return new ImportFixture(true);
    }

    private CanonicalFiles files(String sellersName, String ordersName, String orders) {
        return new CanonicalFiles(write(dir.resolve(sellersName), ImportServiceTest.SELLERS),
                write(dir.resolve(ordersName), orders), null, null);
    }

    private static String rows(ImportFixture f, String sql) {
        List<String> rows = f.db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
        return String.join("\n", rows);
    }

    private static String aggregates(ImportFixture f) {
        return rows(f, "SELECT seller_id || ' ' || month_start || ' ' || orders || ' ' || completed_orders || ' '"
                        + " || cancelled_orders || ' ' || refunded_orders || ' ' || gmv || ' ' || reviews || ' '"
                        + " || review_sum || ' ' || low_reviews || ' ' || shipped_orders || ' ' || late_orders || ' '"
                        + " || repeat_orders || ' ' || buyers || ' ' || top10_buyer_gmv FROM seller_month"
                        + " ORDER BY seller_id, month_start")
                + "\n" + rows(f, "SELECT seller_id || ' ' || sales_day || ' ' || orders || ' ' || gmv FROM seller_day"
                        + " ORDER BY seller_id, sales_day");
    }

    @Test
    void refusalDryRunAndCancelLeaveTheSameChecksum() {
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(files("s0.csv", "o0.csv", HEADER + FIRST_HALF), ImportOptions.defaults(),
                    Progress.NONE);
            String before = f.checksum();
            ImportReport refused = f.imports.importCanonical(files("s1.csv", "o1.csv", HEADER + SECOND_HALF
                    + "garbage\n"), ImportOptions.defaults(), Progress.NONE);
            assertThat(refused.refused()).isTrue();
            assertThat(f.checksum()).isEqualTo(before);

            ImportReport dry = f.imports.importCanonical(files("s2.csv", "o2.csv", HEADER + SECOND_HALF),
                    new ImportOptions(ImportOptions.DEFAULT_MAX_REJECT_SHARE, null, true), Progress.NONE);
            assertThat(dry.orderLines()).isEqualTo(4);
            assertThat(f.checksum()).isEqualTo(before);

            assertThatThrownBy(() -> f.imports.importCanonical(files("s3.csv", "o3.csv", HEADER + SECOND_HALF),
                    ImportOptions.defaults(), new Progress() {
                        @Override
                        public void update(String step, double fraction) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    })).isInstanceOf(CancelledException.class);
            assertThat(f.checksum()).isEqualTo(before);
        }
    }

    @Test
    void cancellingWhileTheAggregatesAreRefreshedRollsEverythingBack() {
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(files("s0.csv", "o0.csv", HEADER + FIRST_HALF), ImportOptions.defaults(),
                    Progress.NONE);
            String before = f.checksum();
            boolean[] refreshing = new boolean[1];
            Progress cancelLate = new Progress() {
                @Override
                public void update(String step, double fraction) {
                    if (step.startsWith("Refreshing")) {
                        refreshing[0] = true;
                    }
                }

                @Override
                public boolean cancelled() {
                    return refreshing[0];
                }
            };
            assertThatThrownBy(() -> f.imports.importCanonical(files("s1.csv", "o1.csv", HEADER + SECOND_HALF
                    + "a1,s1,2026-03-01T10:00:00,999.00,CNY,COMPLETED,b1,5,false\n"), ImportOptions.defaults(),
                    cancelLate)).isInstanceOf(CancelledException.class);
            assertThat(refreshing[0]).isTrue();
            assertThat(f.checksum()).isEqualTo(before);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(4);
        }
    }

    @Test
    void aSellerImportedInTwoFilesHasTheAggregatesOfOneFile() {
        String once;
        String oneFileChecksumOfLines;
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(files("sellers.csv", "all.csv", HEADER + FIRST_HALF + SECOND_HALF),
                    ImportOptions.defaults(), Progress.NONE);
            once = aggregates(f);
            oneFileChecksumOfLines = rows(f, LINES);
        }
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(files("sellers.csv", "first.csv", HEADER + FIRST_HALF), ImportOptions.defaults(),
                    Progress.NONE);
            f.imports.importCanonical(files("sellers.csv", "second.csv", HEADER + SECOND_HALF),
                    ImportOptions.defaults(), Progress.NONE);
            assertThat(aggregates(f)).isEqualTo(once);
            assertThat(rows(f, LINES)).isEqualTo(oneFileChecksumOfLines);
        }
        assertThat(once).startsWith("s1 2026-03-01 4 3 1 0 160.50 3 11 1 3 1 2 2 160.50\n"
                + "s1 2026-04-01 2 1 0 1 70.00 1 1 1 1 0 1 2 70.00\n"
                + "s2 2026-03-01 2 2 0 0 20.00 1 3 0 1 1 1 1 20.00\n");
    }

    @Test
    void aKeyTwiceInOneFileKeepsItsLastLineAsRowByRowUpsertsDid() {
        try (ImportFixture f = fixture()) {
            ImportReport r = f.imports.importCanonical(files("sellers.csv", "orders.csv", HEADER + FIRST_HALF
                    + "a2,s1,2026-03-02T11:00:00,25.00,CNY,REFUNDED,b1,2,true\n"), ImportOptions.defaults(),
                    Progress.NONE);
            assertThat(List.of(r.orderLines(), r.orders(), r.rejected())).containsExactly(5L, 4L, 0L);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(4);
            assertThat(f.string("SELECT amount || ' ' || status FROM order_line WHERE order_id = 'a2'"))
                    .isEqualTo("25.00 REFUNDED");
            assertThat(f.count("SELECT SUM(orders) FROM seller_month")).isEqualTo(4);
        }
    }

    @Test
    void aLaterExportUpdatesChangedLinesAndLeavesTheOthersAlone() {
        try (ImportFixture f = fixture()) {
            f.imports.importCanonical(files("s0.csv", "o0.csv", HEADER + FIRST_HALF), ImportOptions.defaults(),
                    Progress.NONE);
            f.imports.importCanonical(files("s1.csv", "o1.csv", HEADER + FIRST_HALF.replace(
                    "a4,s2,2026-03-05T09:00:00,12.00,CNY,COMPLETED,b3,,", "a4,s2,2026-03-05T09:00:00,12.00,CNY,DISPUTED,b3,1,")
                    + SECOND_HALF), ImportOptions.defaults(), Progress.NONE);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(8);
            assertThat(f.string("SELECT status || ' ' || review_score FROM order_line WHERE order_id = 'a4'"))
                    .isEqualTo("DISPUTED 1");
            assertThat(f.string("SELECT orders || ' ' || completed_orders || ' ' || disputed_orders || ' ' || gmv"
                    + " FROM seller_month WHERE seller_id = 's2'")).isEqualTo("2 1 1 8.00");
        }
    }
}
