package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.creditdesk.AppContext;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerLoan;
import io.creditdesk.seller.SellerNote;
import io.creditdesk.seller.SellerRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's History tab and the browser read loans, notes and scores straight from the store. */
class SellerHistoryStoreTest {
    @TempDir
    Path dir;

    @Test
    void loansShowWhatWasDueAndPaidToTheAsOfDateAndHowLateTheOldestUnpaidInstalmentIs() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("h")), Clock.systemUTC())) {
            seller(ctx, "s1");
            ctx.database().jdbi().useHandle(h -> {
                h.execute("INSERT INTO loan VALUES ('L1', 's1', NULL, 'term', DATE '2026-01-10', 3000.00, 'CNY', 0.18, 3, 'IN_ARREARS', NULL)");
                h.execute("INSERT INTO repayment VALUES ('L1', DATE '2026-02-10', 1000.00, DATE '2026-02-09', 1000.00)");
                h.execute("INSERT INTO repayment VALUES ('L1', DATE '2026-03-10', 1000.00, DATE '2026-03-20', 400.00)");
                h.execute("INSERT INTO repayment VALUES ('L1', DATE '2026-04-10', 1000.00, NULL, NULL)");
                h.execute("INSERT INTO loan VALUES ('L0', 's1', NULL, 'term', DATE '2025-06-01', 1000.00, 'CNY', 0.18, 1, 'REPAID', NULL)");
                h.execute("INSERT INTO repayment VALUES ('L0', DATE '2025-07-01', 1000.00, DATE '2025-07-01', 1000.00)");
            });
            List<SellerLoan> loans = ctx.sellers().loans("s1", LocalDate.of(2026, 3, 31));
            assertThat(loans).extracting(SellerLoan::loanId).containsExactly("L1", "L0");
            SellerLoan late = loans.get(0);
            // due by 31 March: 1,000 + 1,000; paid 1,000 + 400; oldest short instalment 10 March → 21 days
            assertThat(late.dueToDate()).isEqualByComparingTo("2000.00");
            assertThat(late.paidToDate()).isEqualByComparingTo("1400.00");
            assertThat(late.daysLate()).isEqualTo(21);
            assertThat(loans.get(1).daysLate()).isZero();
            assertThat(loans.get(1).paidToDate()).isEqualByComparingTo("1000.00");
        }
    }

    @Test
    void notesAreKeptInTheOrderTheyWereWritten() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("n")), Clock.systemUTC())) {
            seller(ctx, "s1");
            SellerNote first = ctx.sellers().addNote("s1", "uw", LocalDateTime.of(2026, 11, 2, 9, 30), "Called the seller: stock for 12.12 is paid.");
            ctx.sellers().addNote("s1", "senior", LocalDateTime.of(2026, 11, 3, 10, 0), "Agree.");
            assertThat(first.noteId()).isPositive();
            assertThat(ctx.sellers().notes("s1")).extracting(SellerNote::author, SellerNote::noteText)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("uw", "Called the seller: stock for 12.12 is paid."),
                            org.assertj.core.groups.Tuple.tuple("senior", "Agree."));
            assertThat(ctx.sellers().notes("s2")).isEmpty();
        }
    }

    @Test
    void browserRowsCarryTheActiveModelsLatestScoreRatesAndOpenApplications() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("b")), Clock.systemUTC())) {
            seller(ctx, "s1");
            seller(ctx, "s2");
            ctx.database().jdbi().useHandle(h -> {
                h.execute("INSERT INTO seller_month (seller_id, month_start, orders, completed_orders, cancelled_orders, refunded_orders,"
                        + " disputed_orders, gmv, reviews, review_sum, low_reviews, shipped_orders, late_orders, repeat_orders, buyers,"
                        + " top10_buyer_gmv) VALUES ('s1', DATE '2026-10-01', 40, 36, 0, 4, 0, 1500.00, 10, 43, 1, 40, 2, 5, 30, 900.00),"
                        + " ('s1', DATE '2025-10-01', 20, 20, 0, 0, 0, 1000.00, 0, 0, 0, 20, 0, 0, 15, 500.00)");
                h.execute("INSERT INTO model_version VALUES (1, 'old', TIMESTAMP '2026-01-01 00:00:00', FALSE, '{}'),"
                        + " (2, 'new', TIMESTAMP '2026-06-01 00:00:00', TRUE, '{}')");
                h.execute("INSERT INTO seller_score VALUES ('s1', 1, DATE '2026-10-31', 500, 0.2, 'E'),"
                        + " ('s1', 2, DATE '2026-09-30', 610, 0.05, 'C'), ('s1', 2, DATE '2026-10-31', 640, 0.03, 'B'),"
                        + " ('s1', 2, DATE '2026-11-01', 655, 0.025, 'B'), ('s1', 2, DATE '2026-11-30', 700, 0.01, 'A')");
                h.execute("MERGE INTO score_run (model_version, as_of, sellers) KEY (model_version, as_of)"
                        + " SELECT model_version, as_of, COUNT(*) FROM seller_score GROUP BY model_version, as_of");
                h.execute("INSERT INTO application (application_id, seller_id, submitted_at, product, requested_amount, currency, status)"
                        + " VALUES (1, 's2', TIMESTAMP '2026-10-30 10:00:00', 'term', 5000, 'CNY', 'REFERRED')");
            });
            List<SellerRow> rows = ctx.sellers().browserRows(LocalDate.of(2026, 10, 31));
            SellerRow s1 = rows.get(0);
            // the run as of 2026-11-01 scores the data up to 2026-10-31: the current one; 2026-11-30 is not
            assertThat(s1.score()).isEqualTo(655);
            assertThat(s1.grade()).isEqualTo("B");
            assertThat(s1.growth()).isEqualTo(0.5);
            assertThat(s1.refundRate()).isEqualTo(0.1);
            assertThat(s1.reviewAverage()).isEqualTo(4.3);
            assertThat(s1.openApplication()).isFalse();
            SellerRow s2 = rows.get(1);
            assertThat(s2.score()).isNull();
            assertThat(s2.growth()).isNull();
            assertThat(s2.openApplication()).isTrue();
        }
    }

    private static void seller(AppContext ctx, String id) {
        ctx.marketplace().write(w -> {
            w.seller(new Seller(id, "Shop " + id, "toys", "Zhejiang", "Hangzhou", LocalDate.of(2025, 1, 1), "CNY", "test"));
            return null;
        });
    }
}
