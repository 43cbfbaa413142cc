package io.creditdesk.cli;

import static io.creditdesk.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importOlistPrintsTheSummaryAndTheJsonLine() {
        Path olist = Path.of(System.getProperty("creditdesk.shared", "../shared"), "data", "olist-2017-subset");
        Assumptions.assumeTrue(Files.isDirectory(olist), "The Olist subset is absent (" + olist + "): skipped");
        CommandLineTest.Run r = run("import", "olist", olist.toString(), "--db", dir.resolve("db").toString(), "--json",
                "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("  Sellers:              3,095 (1,207 with orders)")
                .contains("  Order items read:     11,252")
                .contains("  Order lines:          9,994 (one per order and seller)")
                .contains("  Orders:               9,889")
                .contains("  Rejected rows:        0")
                .contains("  Unattributed orders:  111 (orders without items, so without a seller)");
        assertThat(r.lastLine()).matches("\\{\"sellers\":3095,\"sellers_with_orders\":1207,\"order_lines\":9994,"
                + "\"orders\":9889,\"rejected\":0,\"unattributed_orders\":111,\"seconds\":[0-9.]+,\"order_items\":11252,"
                + "\"refused\":false,\"dry_run\":false}");
    }

    @Test
    void aFileLevelProblemIsOneSentenceWithExitCode1() throws IOException {
        Path orders = Files.writeString(dir.resolve("orders.csv"), "order_id;seller_id;placed_at;amount;status\n");
        CommandLineTest.Run r = run("import", "csv", "--orders", orders.toString(), "--db", dir.resolve("db").toString(),
                "--quiet");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("creditdesk: orders.csv uses semicolons between columns; Creditdesk"
                + " expects commas (save it as comma-separated CSV).");
    }

    @Test
    void tooManyBadRowsAreRefusedWithExitCode1AndListed() throws IOException {
        Path sellers = Files.writeString(dir.resolve("sellers.csv"), "seller_id,name\ns1,One\n");
        Path orders = Files.writeString(dir.resolve("orders.csv"), "order_id,seller_id,placed_at,amount,status\n"
                + "o1,s1,2026-03-01T10:00:00,10.00,COMPLETED\n" + "o2,s1,2026-03-01T10:00:00,ten,COMPLETED\n");
        String db = dir.resolve("db").toString();
        CommandLineTest.Run r = run("import", "csv", "--sellers", sellers.toString(), "--orders", orders.toString(),
                "--db", db, "--quiet");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("  orders.csv:3: amount: 'ten' is not a number");
        assertThat(r.err()).contains("import refused: orders.csv: 1 of 2 rows (50.0%) are bad");
        assertThat(run("status", "--db", db, "--json").lastLine()).contains("\"sellers\":0");

        CommandLineTest.Run ok = run("import", "csv", "--sellers", sellers.toString(), "--orders", orders.toString(),
                "--db", db, "--quiet", "--max-reject-share", "0.5", "--json");
        assertThat(ok.code()).isZero();
        assertThat(ok.lastLine()).startsWith("{\"sellers\":1,\"sellers_with_orders\":1,\"order_lines\":1,\"orders\":1,"
                + "\"rejected\":1,\"unattributed_orders\":0,");
        assertThat(dir.resolve("import-rejects.csv")).exists();
    }
}
