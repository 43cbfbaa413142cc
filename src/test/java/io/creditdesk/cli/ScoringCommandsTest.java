package io.creditdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.LoanStatus;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;
import io.creditdesk.store.Database;
import io.creditdesk.store.DatasetStore;
import io.creditdesk.store.MarketplaceJdbcStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringCommandsTest {
    @TempDir
    Path dir;

    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    Path germanOrSkip() {
        String shared = System.getProperty("creditdesk.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "creditdesk.shared not set");
        Path f = Path.of(shared, "data", "credit", "german", "germancredit.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(f), "German credit data absent: skipped");
        return f;
    }

    @Test
    void fitShowExportAndCvWorkOnGermanCredit() throws Exception {
        Path f = germanOrSkip();
        Path model = dir.resolve("german.json");
        CommandLineTest.Run fit = run("model", "fit", "--data", f.toString(), "--target", "creditability", "--bad", "bad",
                "--out", model.toString(), "--json");
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(fit.lastLine()).startsWith("{").contains("\"auc\"").contains("\"data_sha256\"");
        assertThat(Files.readString(model)).contains("\"formatVersion\" : 1");
        CommandLineTest.Run show = run("model", "show", model.toString());
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("status_of_existing_checking_account").contains("points");
        CommandLineTest.Run sql = run("model", "export-sql", model.toString());
        assertThat(sql.code()).isZero();
        assertThat(sql.out()).contains("CASE WHEN").contains("AS score");
        CommandLineTest.Run cv = run("model", "cv", "--data", f.toString(), "--target", "creditability", "--bad", "bad",
                "--folds", "5", "--seed", "42", "--json");
        assertThat(cv.code()).as(cv.err()).isZero();
        assertThat(cv.lastLine()).contains("\"auc\":").contains("\"gini\":").contains("\"ks\":").contains("\"folds\":5")
                .contains("\"rows\":1000").contains("\"bad_rate\":0.3").contains("\"seconds\":");
    }

    @Test
    void badCsvNamesFileLineAndField() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "a,b,y\n1,x,0\n2,y,1\n3,z\n");
        CommandLineTest.Run r = run("model", "fit", "--data", f.toString(), "--target", "y", "--bad", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:4").contains("expected 3 fields");
        Files.writeString(f, "a,b,y\n1,x,0\noops,y,1\n");
        r = run("model", "fit", "--data", f.toString(), "--target", "y", "--bad", "1", "--numeric", "a");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:3: a: 'oops' is not a number");
        r = run("model", "fit", "--data", f.toString(), "--target", "nope", "--bad", "1");
        assertThat(r.err()).contains("no target column nope");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void trainScoreAllAndExplainASellerOnAHandMadeLoanHistory() {
        Path db = dir.resolve("fx");
        handMadeLoanHistory(db);
        trainScoreAllAndExplain(db);
    }

    static void handMadeLoanHistory(Path db) {
        try (Database d = Database.open(db)) {
            Random r = new Random(11);
            new MarketplaceJdbcStore(d).write(w -> {
                for (int i = 0; i < 300; i++) {
                    String id = String.format("S%04d", i);
                    double q = r.nextGaussian();
                    w.seller(new Seller(id, "Shop " + i, "toys", "Zhejiang", "Hangzhou", LocalDate.of(2023, 1 + i % 12, 1),
                            "CNY", "test"));
                    for (int m = 0; m < 24; m++) {
                        LocalDate ms = LocalDate.of(2024, 1, 1).plusMonths(m);
                        int orders = 20 + r.nextInt(80);
                        int refunded = (int) Math.round(orders * Math.max(0, 0.05 - 0.03 * q + 0.01 * r.nextGaussian()));
                        int cancelled = (int) Math.round(orders * Math.max(0, 0.04 - 0.02 * q + 0.01 * r.nextGaussian()));
                        int completed = Math.max(0, orders - refunded - cancelled);
                        int reviews = orders / 2;
                        int reviewSum = (int) Math.round(reviews * Math.min(5, Math.max(1, 4.2 + 0.4 * q)));
                        BigDecimal gmv = BigDecimal.valueOf(completed * 80L);
                        w.month(new SellerMonth(id, ms, orders, completed, cancelled, refunded, 0, gmv, reviews, reviewSum,
                                reviews / 10, orders - cancelled, (int) (orders * Math.max(0, 0.1 - 0.05 * q)), orders / 3,
                                orders / 2, gmv.divide(BigDecimal.valueOf(4)), 0));
                        w.day(new SellerDay(id, ms.plusDays(20), 3, BigDecimal.valueOf(240)));
                    }
                    LocalDate disb = LocalDate.of(2024, 9, 1).plusDays(i % 200);
                    boolean bad = r.nextDouble() < 1 / (1 + Math.exp(1.5 + 1.5 * q));
                    w.application(new Application(i + 1, id, disb.minusDays(5).atStartOfDay(), "TERM", BigDecimal.valueOf(10000),
                            6, "CNY", ApplicationStatus.DISBURSED, null, null, null, null, null));
                    w.loan(new Loan("L" + i, id, (long) i + 1, "TERM", disb, BigDecimal.valueOf(10000), "CNY",
                            new BigDecimal("0.18"), 6, bad ? LoanStatus.DEFAULTED : LoanStatus.REPAID,
                            bad ? disb.plusMonths(4) : null));
                }
                w.application(new Application(9999, "S0001", LocalDateTime.of(2025, 12, 20, 10, 0), "TERM",
                        BigDecimal.valueOf(5000), 6, "CNY", ApplicationStatus.SUBMITTED, null, null, null, null, null));
                return null;
            });
            new DatasetStore(d).setAsOf(LocalDate.of(2025, 12, 31));
        }
    }

    static void trainScoreAllAndExplain(Path db) {
        CommandLineTest.Run train = run("model", "train", "--db", db.toString(), "--json");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.lastLine()).contains("\"model_version\":1").contains("\"oot_auc\"");
        CommandLineTest.Run all = run("score", "--all", "--db", db.toString(), "--json");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.lastLine()).contains("\"sellers\":300").contains("\"applications_updated\":1");
        CommandLineTest.Run again = run("score", "--all", "--db", db.toString(), "--json");
        assertThat(again.code()).as("scoring twice replaces the scores: " + again.err()).isZero();
        CommandLineTest.Run one = run("score", "--seller", "S0007", "--db", db.toString(), "--json");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.out()).contains("score").contains("Reasons:");
        assertThat(one.lastLine()).contains("\"breakdown\"").contains("\"reasons\"").contains("\"grade\"");
        CommandLineTest.Run none = run("score", "--seller", "nobody", "--db", db.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no seller nobody");
    }

    @Test
    void trainingFromTheCommandLineActivatesOnlyThroughTheJournaledManagerPath() {
        Path db = dir.resolve("journaled");
        handMadeLoanHistory(db);
        try (io.creditdesk.AppContext ctx = io.creditdesk.AppContext.open(db)) {
            ctx.decisions().users().ensureDemoUsers();
        }
        // the first model of a database becomes active (nothing is replaced)
        CommandLineTest.Run first = run("model", "train", "--db", db.toString(), "--json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.lastLine()).contains("\"model_version\":1").contains("\"active\":true");
        // a retrain without a manager is stored but not activated
        CommandLineTest.Run again = run("model", "train", "--db", db.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.lastLine()).contains("\"model_version\":2").contains("\"active\":false");
        assertThat(again.out()).contains("Stored as model version 2 (inactive)");
        System.setProperty("creditdesk.password", "demo");
        try {
            CommandLineTest.Run uw = run("model", "train", "--as", "uw", "--db", db.toString());
            assertThat(uw.code()).isEqualTo(1);
            assertThat(uw.err()).contains("Only a credit manager can activate a model version (uw is");
            CommandLineTest.Run mgr = run("model", "train", "--as", "manager", "--db", db.toString(), "--json");
            assertThat(mgr.code()).as(mgr.err()).isZero();
            assertThat(mgr.lastLine()).contains("\"model_version\":3").contains("\"active\":true")
                    .contains("\"journal_seq\":");
        } finally {
            System.clearProperty("creditdesk.password");
        }
        try (Database d = Database.open(db)) {
            d.jdbi().useHandle(h -> {
                assertThat(h.createQuery("SELECT model_version FROM model_version WHERE active").mapTo(Integer.class).list())
                        .containsExactly(3);
                assertThat(h.createQuery("SELECT seq FROM journal_entry WHERE entry_kind = :k")
                        .bind("k", io.creditdesk.scoring.ModelWorkbench.JOURNAL_KIND).mapTo(Long.class).list())
                        .as("one activation journaled, the manager's, as the last entry")
                        .containsExactly(h.createQuery("SELECT MAX(seq) FROM journal_entry").mapTo(Long.class).one());
            });
        }
        CommandLineTest.Run verify = run("journal", "verify", "--db", db.toString(), "--json");
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.lastLine()).contains("\"ok\":true");
    }

    @Test
    void scoreWithoutAModelSaysToTrainFirst() {
        CommandLineTest.Run r = run("score", "--all", "--db", dir.resolve("empty").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("model train");
    }
}
