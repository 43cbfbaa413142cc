package io.creditdesk.ingest.imports;

import static io.creditdesk.ingest.imports.ImportFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import io.creditdesk.common.CancelledException;
import io.creditdesk.common.Progress;
import io.creditdesk.store.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk path of an import into an empty order_line (ADR 0012): the same database as the MERGE
 * path, nothing left behind before the accept mark, and an import stopped after the mark completed
 * when the database is opened again.
 */
class BulkImportTest {
    static final String ORDERS_HEADER = "order_id,seller_id,placed_at,amount,currency,status,buyer_id,review_score,"
            + "shipped_late\n";
    private static final List<String> STATUSES = List.of("COMPLETED", "COMPLETED", "COMPLETED", "CANCELLED",
            "REFUNDED", "DISPUTED", "OPEN");

    /** One buyer salt for the databases compared (each migration draws its own). */
    private static final String SALT = "bulk-import-test-salt";

    @TempDir
    Path dir;

    /** 40 sellers and {@code lines} order lines drawn from 1,500 keys, so most keys repeat (seeded). */
    private CanonicalFiles repeatedKeys(int lines) {
        Path folder;
        try {
            folder = Files.createDirectories(dir.resolve("repeated-" + lines));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder s = new StringBuilder("seller_id,name\n");
        for (int i = 0; i < 40; i++) {
            s.append("s").append(i).append(",Seller ").append(i).append('\n');
        }
        Random rnd = new Random(20261129L);
        StringBuilder o = new StringBuilder(ORDERS_HEADER);
        for (int i = 0; i < lines; i++) {
            int key = rnd.nextInt(1_500);
            o.append("k").append(key).append(",s").append(key % 40).append(",2026-0").append(1 + rnd.nextInt(9))
                    .append('-').append(10 + rnd.nextInt(18)).append('T').append(10 + rnd.nextInt(3)).append(":00:00,")
                    .append(rnd.nextInt(500)).append('.').append(rnd.nextInt(10)).append("0,CNY,")
                    .append(STATUSES.get(rnd.nextInt(STATUSES.size()))).append(",b").append(rnd.nextInt(60)).append(',')
                    .append(rnd.nextInt(3) == 0 ? "" : String.valueOf(1 + rnd.nextInt(5))).append(',')
                    .append(rnd.nextInt(3) == 0 ? "" : String.valueOf(rnd.nextBoolean())).append('\n');
        }
        return new CanonicalFiles(write(folder.resolve("sellers.csv"), s.toString()),
                write(folder.resolve("orders.csv"), o.toString()), null, null);
    }

    /** order_line's definition as H2 scripts it (columns, primary key, index), without the row count. */
    private static List<String> orderLineDefinition(ImportFixture f) {
        return f.db.jdbi().withHandle(h -> h.createQuery("SCRIPT NODATA NOSETTINGS TABLE order_line")
                .mapTo(String.class).filter(l -> l.contains("ORDER_LINE") && !l.startsWith("--")).list());
    }

    private static long stagingTablesAndMarks(ImportFixture f) {
        return f.count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'IMPORT!_STAGE!_%' ESCAPE '!'")
                + f.count("SELECT COUNT(*) FROM import_accept_mark");
    }

    @Test
    void bulkAndMergePathsGiveTheSameDatabaseOnTheOlistSubset() {
        Path olist = ImportFixture.olistSubset();
        try (ImportFixture bulk = new ImportFixture(true).withSalt(SALT);
                ImportFixture merge = new ImportFixture(false).withSalt(SALT)) {
            ImportOptions opts = new ImportOptions(ImportOptions.DEFAULT_MAX_REJECT_SHARE, dir.resolve("r.csv"), false);
            ImportReport b = bulk.imports.importOlist(olist, opts, Progress.NONE);
            ImportReport m = merge.imports.importOlist(olist, opts, Progress.NONE);
            assertThat(List.of(b.orderLines(), b.orders(), b.sellersWithOrders(), b.rejected()))
                    .containsExactly(9_994L, 9_889L, 1_207L, 0L);
            assertThat(List.of(m.orderLines(), m.orders(), m.sellersWithOrders(), m.rejected()))
                    .containsExactly(9_994L, 9_889L, 1_207L, 0L);
            assertThat(bulk.count("SELECT COUNT(*) FROM order_line")).isEqualTo(9_994);
            assertThat(bulk.count("SELECT SUM(orders) FROM seller_month")).isEqualTo(9_994);
            assertThat(bulk.checksum()).isEqualTo(merge.checksum());
            assertThat(orderLineDefinition(bulk)).isEqualTo(orderLineDefinition(merge)).hasSize(3);
            assertThat(stagingTablesAndMarks(bulk)).isZero();
        }
    }

    @Test
    void bulkAndMergePathsGiveTheSameDatabaseForAFileWithRepeatedKeys() {
        CanonicalFiles files = repeatedKeys(4_000);
        try (ImportFixture bulk = new ImportFixture(true).withSalt(SALT);
                ImportFixture merge = new ImportFixture(false).withSalt(SALT)) {
            ImportReport b = bulk.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            merge.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            assertThat(b.orderLines()).isEqualTo(4_000);
            long keys = bulk.count("SELECT COUNT(*) FROM order_line");
            assertThat(keys).isEqualTo(merge.count("SELECT COUNT(*) FROM order_line")).isLessThan(1_500).isGreaterThan(1_400);
            assertThat(bulk.checksum()).isEqualTo(merge.checksum());
            assertThat(orderLineDefinition(bulk)).isEqualTo(orderLineDefinition(merge));
            assertThat(stagingTablesAndMarks(bulk)).isZero();
            // the next import finds order_line filled and upserts; both databases stay the same
            CanonicalFiles again = repeatedKeys(1_000);
            bulk.imports.importCanonical(again, ImportOptions.defaults(), Progress.NONE);
            merge.imports.importCanonical(again, ImportOptions.defaults(), Progress.NONE);
            assertThat(bulk.checksum()).isEqualTo(merge.checksum());
        }
    }

    @Test
    void refusalDryRunCancelAndFailureBeforeTheAcceptMarkLeaveTheEmptyDatabaseUnchanged() throws Exception {
        try (ImportFixture f = new ImportFixture(true)) {
            String before = f.checksum();
            ImportServiceTest.bigFiles(dir, 2_000, 20);
            CanonicalFiles garbage = new CanonicalFiles(dir.resolve("sellers.csv"), dir.resolve("orders.csv"), null, null);
            assertThat(f.imports.importCanonical(garbage, ImportOptions.defaults(), Progress.NONE).refused()).isTrue();
            assertThat(f.checksum()).isEqualTo(before);
            assertThat(stagingTablesAndMarks(f)).isZero();

            CanonicalFiles files = repeatedKeys(3_000);
            ImportReport dry = f.imports.importCanonical(files, new ImportOptions(ImportOptions.DEFAULT_MAX_REJECT_SHARE,
                    null, true), Progress.NONE);
            assertThat(dry.orderLines()).isEqualTo(3_000);
            assertThat(f.checksum()).isEqualTo(before);
            assertThat(stagingTablesAndMarks(f)).isZero();

            // cancelled once orders.csv is being read: the cancel is seen after its last line was staged
            AtomicInteger ticks = new AtomicInteger();
            Progress cancelling = new Progress() {
                @Override
                public void update(String step, double fraction) {
                    if (step.startsWith("Reading orders.csv")) {
                        ticks.incrementAndGet();
                    }
                }

                @Override
                public boolean cancelled() {
                    return ticks.get() >= 1;
                }
            };
            assertThatThrownBy(() -> f.imports.importCanonical(files, ImportOptions.defaults(), cancelling))
                    .isInstanceOf(CancelledException.class);
            assertThat(f.checksum()).isEqualTo(before);
            assertThat(stagingTablesAndMarks(f)).isZero();

            // a failure while reading: the rejects file cannot be written (its path is a folder)
            Path folder = Files.createDirectories(dir.resolve("rejects-folder"));
            assertThatThrownBy(() -> f.imports.importCanonical(garbage, new ImportOptions(new BigDecimal("0.5"), folder,
                    false), Progress.NONE)).isInstanceOf(ImportFileException.class);
            assertThat(f.checksum()).isEqualTo(before);
            assertThat(stagingTablesAndMarks(f)).isZero();

            ImportReport r = f.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            assertThat(r.committed()).isTrue();
            assertThat(f.count("SELECT SUM(orders) FROM seller_month")).isEqualTo(f.count("SELECT COUNT(*) FROM order_line"));
        }
    }

    @Test
    void cancellingAfterTheAcceptMarkNoLongerStopsTheImport() {
        try (ImportFixture f = new ImportFixture(true).withSalt(SALT);
                ImportFixture reference = new ImportFixture(true).withSalt(SALT)) {
            CanonicalFiles files = repeatedKeys(2_000);
            reference.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            boolean[] accepted = new boolean[1];
            ImportReport r = f.imports.importCanonical(files, ImportOptions.defaults(), new Progress() {
                @Override
                public void update(String step, double fraction) {
                    accepted[0] |= step.startsWith("Import accepted");
                }

                @Override
                public boolean cancelled() {
                    return accepted[0];
                }
            });
            assertThat(accepted[0]).isTrue();
            assertThat(r.committed()).isTrue();
            assertThat(f.checksum()).isEqualTo(reference.checksum());
        }
    }

    /** Thrown from the progress callback: the import's thread stops there, as if the process died. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    /** A progress callback that throws {@link Crash} at the first step starting with {@code stopAt}. */
    private static Progress crashingAt(String stopAt) {
        return new Progress() {
            @Override
            public void update(String step, double fraction) {
                if (step.startsWith(stopAt)) {
                    throw new Crash();
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    @Test
    void theNextImportFirstCompletesAnImportStoppedAfterItsAcceptMark() {
        CanonicalFiles files = repeatedKeys(2_000);
        try (ImportFixture f = new ImportFixture(true).withSalt(SALT);
                ImportFixture reference = new ImportFixture(true).withSalt(SALT)) {
            reference.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            assertThatThrownBy(() -> f.imports.importCanonical(files, ImportOptions.defaults(),
                    crashingAt("Import accepted: building"))).isInstanceOf(Crash.class);
            assertThat(f.count("SELECT COUNT(*) FROM import_accept_mark")).isEqualTo(1);
            ImportReport again = f.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            assertThat(again.committed()).isTrue();
            assertThat(f.checksum()).isEqualTo(reference.checksum());
            assertThat(stagingTablesAndMarks(f)).isZero();
        }
    }

    @ParameterizedTest(name = "stopped at \"{0}\"")
    @ValueSource(strings = {"Import accepted: completing", "Import accepted: building", "Refreshing the aggregates",
        "Committing"})
    void anImportStoppedAfterTheAcceptMarkIsCompletedWhenTheDatabaseIsOpenedAgain(String stopAt) {
        CanonicalFiles files = repeatedKeys(3_000);
        String uninterrupted;
        try (ImportFixture reference = new ImportFixture(Database.open(dir.resolve("reference")), true)
                .withSalt(SALT)) {
            reference.imports.importCanonical(files, ImportOptions.defaults(), Progress.NONE);
            uninterrupted = reference.checksum();
        }
        Path file = dir.resolve("crashed");
        try (ImportFixture f = new ImportFixture(Database.open(file), true).withSalt(SALT)) {
            String empty = f.checksum();
            assertThatThrownBy(() -> f.imports.importCanonical(files, ImportOptions.defaults(), crashingAt(stopAt)))
                    .isInstanceOf(Crash.class);
            assertThat(f.count("SELECT COUNT(*) FROM import_accept_mark")).isEqualTo(1);
            assertThat(f.checksum()).isNotEqualTo(empty);
        }
        try (ImportFixture reopened = new ImportFixture(Database.open(file), true)) {
            assertThat(reopened.checksum()).isEqualTo(uninterrupted);
            assertThat(stagingTablesAndMarks(reopened)).isZero();
            assertThat(orderLineDefinition(reopened)).hasSize(3);
        }
    }
}
