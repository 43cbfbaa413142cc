package io.creditdesk.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.creditdesk.ingest.imports.ImportService;
import io.creditdesk.store.Database;
import io.creditdesk.store.DatasetStore;
import io.creditdesk.store.MarketplaceJdbcStore;
import io.creditdesk.store.MarketplaceKeysJdbcStore;
import io.creditdesk.ui.common.BackgroundTasks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data screen's state without a toolkit: preview, import, cancel, rejects export. */
class DataViewModelTest {
    @TempDir
    Path dir;

    Database db;
    ImportService imports;

    @BeforeEach
    void open() {
        db = Database.inMemory("data-vm-" + UUID.randomUUID());
        imports = new ImportService(new MarketplaceJdbcStore(db), new MarketplaceKeysJdbcStore(db), new DatasetStore(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    long count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    void files(int lines, boolean withBadRow) throws Exception {
        Files.writeString(dir.resolve("sellers.csv"), "seller_id,name\ns1,One\ns2,Two\n");
        StringBuilder o = new StringBuilder("order_id,seller_id,placed_at,amount,status\n");
        for (int i = 0; i < lines; i++) {
            o.append("o").append(i).append(",s").append(1 + i % 2).append(",2026-03-01T10:00:00,").append(i % 500)
                    .append(".50,COMPLETED\n");
        }
        if (withBadRow) {
            o.append("bad,s1,yesterday,1,COMPLETED\n");
        }
        Files.writeString(dir.resolve("orders.csv"), o.toString());
    }

    @Test
    void previewDetectsCanonicalFilesAndImportShowsTheReportAndRejects() throws Exception {
        files(99, true);
        DataViewModel vm = new DataViewModel(imports, BackgroundTasks.sameThread());
        int[] imported = {0};
        vm.setOnImported(() -> imported[0]++);
        vm.choose(List.of(dir.resolve("orders.csv").toFile(), dir.resolve("sellers.csv").toFile()));
        assertThat(vm.paths().get()).isEqualTo(dir.resolve("orders.csv") + File.pathSeparator + dir.resolve("sellers.csv"));
        assertThat(vm.previewProperty().get().description()).isEqualTo("Canonical CSV: sellers.csv, orders.csv");
        assertThat(vm.previewProperty().get().columns()).containsExactly("order_id", "seller_id", "placed_at", "amount",
                "status");
        assertThat(vm.previewProperty().get().rows()).hasSize(10);

        vm.maxRejectShare().set("0.05");
        vm.runImport();
        assertThat(vm.outcome().get()).isEqualTo(DataViewModel.Outcome.IMPORTED);
        assertThat(vm.report().get().orderLines()).isEqualTo(99);
        assertThat(vm.rejects()).extracting(r -> r.message())
                .containsExactly("orders.csv:101: placed_at: 'yesterday' is not an ISO-8601 date-time (like 2026-03-01T14:05:00)");
        assertThat(imported[0]).isEqualTo(1);
        assertThat(vm.running().get()).isFalse();

        Path export = dir.resolve("exported.csv");
        vm.exportRejects(export);
        assertThat(Files.readAllLines(export)).containsExactly("file,line,column,reason,original_line",
                "orders.csv,101,placed_at,'yesterday' is not an ISO-8601 date-time (like 2026-03-01T14:05:00),"
                        + "\"bad,s1,yesterday,1,COMPLETED\"");
    }

    @Test
    void aFolderThatIsNotAnExportGivesItsSentence() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        DataViewModel vm = new DataViewModel(imports, BackgroundTasks.sameThread());
        vm.paths().set(dir.resolve("empty").toString());
        vm.preview();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.error().get()).isEqualTo("The folder " + dir.resolve("empty") + " holds no CSV files.");
    }

    @Test
    void cancelRollsTheImportBackAndSaysSo() throws Exception {
        files(20_000, false);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            DataViewModel vm = new DataViewModel(imports, new BackgroundTasks(worker, Runnable::run));
            vm.paths().set(dir.resolve("sellers.csv") + File.pathSeparator + dir.resolve("orders.csv"));
            vm.preview();
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
            assertThat(vm.previewProperty().get()).isNotNull();
            vm.runImport();
            vm.cancel();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (vm.running().get() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(vm.outcome().get()).isEqualTo(DataViewModel.Outcome.CANCELLED);
            assertThat(vm.report().get()).isNull();
            assertThat(count("order_line")).isZero();
            assertThat(count("seller")).isZero();
        } finally {
            worker.shutdownNow();
        }
    }
}
