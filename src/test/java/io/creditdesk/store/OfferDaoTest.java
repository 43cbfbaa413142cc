package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import io.creditdesk.AppContext;
import io.creditdesk.money.Money;
import io.creditdesk.offer.ScoreRecord;
import io.creditdesk.offer.SellerSnapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferDaoTest {
    @TempDir
    Path dir;

    @Test
    void readsTheLatestScoreOnOrBeforeTheAsOfDateArrearsAndOpenOrders() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("o")), Clock.systemUTC())) {
            OfferFixture.seed(ctx);
            OfferDao dao = ctx.database().dao(OfferDao.class);
            ScoreRecord s = dao.latestScore("busy", OfferFixture.AS_OF).orElseThrow();
            assertThat(s.grade()).isEqualTo("B");
            assertThat(s.pd()).isEqualByComparingTo("0.018");
            assertThat(s.score()).isEqualTo(640);
            assertThat(dao.latestScore("quiet", OfferFixture.AS_OF)).isEmpty();
            // instalment due 2026-09-21 unpaid on 2026-10-31: 40 days
            assertThat(dao.maxDaysInArrears("busy", OfferFixture.AS_OF)).isEqualTo(40);
            assertThat(dao.maxDaysInArrears("quiet", OfferFixture.AS_OF)).isZero();
            assertThat(dao.openOrderValue("busy", OfferFixture.AS_OF.minusDays(59), OfferFixture.AS_OF.plusDays(1)))
                    .isEqualByComparingTo("15000.00");
        }
    }

    @Test
    void aRunAsOfTheDayAfterTheDataIsCurrentOneTwoDaysAfterIsNot() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("d")), Clock.systemUTC())) {
            OfferFixture.seed(ctx);
            ctx.database().jdbi().useHandle(h -> {
                // score --all's default date: features from the data up to AS_OF (2026-10-31)
                h.execute("INSERT INTO seller_score (seller_id, model_version, as_of, score, pd, grade) VALUES "
                        + "('busy', 1, DATE '2026-11-01', 610, 0.030000, 'C'), ('busy', 1, DATE '2026-11-02', 590, 0.040000, 'C')");
                h.execute("MERGE INTO score_run (model_version, as_of, sellers) KEY (model_version, as_of)"
                        + " SELECT model_version, as_of, COUNT(*) FROM seller_score GROUP BY model_version, as_of");
            });
            ScoreRecord s = ctx.database().dao(OfferDao.class).latestScore("busy", OfferFixture.AS_OF).orElseThrow();
            assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(s.score()).isEqualTo(610);
            assertThat(ctx.offers().snapshot("busy", OfferFixture.AS_OF).orElseThrow().grade()).isEqualTo("C");
        }
    }

    @Test
    void theSnapshotIsBuiltFromTheAggregates() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("s")), Clock.systemUTC())) {
            OfferFixture.seed(ctx);
            SellerSnapshot s = ctx.offers().snapshot("busy", OfferFixture.AS_OF).orElseThrow();
            assertThat(s.grade()).isEqualTo("B");
            assertThat(s.scored()).isTrue();
            assertThat(s.tenureMonths()).isEqualTo(29);
            assertThat(s.daysSinceLastOrder()).isZero();
            assertThat(s.maxDaysInArrears()).isEqualTo(40);
            assertThat(s.openOrderValue()).isEqualTo(Money.of("15000", "CNY"));
            assertThat(s.dailySales().days()).isEqualTo(364);
            assertThat(s.dailySales().lastDay()).isEqualTo(OfferFixture.AS_OF);
            // 2026-10-31 is a Saturday: 1,000 + 5 × 100
            assertThat(s.dailySales().minorAt(363)).isEqualTo(150_000L);
            // one order a day in May..October 2026 (184 days), every 50th disputed
            assertThat(s.disputeRate()).isBetween(new BigDecimal("0.01"), new BigDecimal("0.03"));
            assertThat(s.completedOrders90d()).isBetween(85, 90);
            assertThat(s.avgMonthlyNetSales6m().amount()).isBetween(new BigDecimal("38000"), new BigDecimal("41000"));
            SellerSnapshot q = ctx.offers().snapshot("quiet", OfferFixture.AS_OF).orElseThrow();
            assertThat(q.scored()).isFalse();
            assertThat(q.grade()).isEqualTo("D");
            assertThat(q.dailySales().hasSales()).isFalse();
            assertThat(q.avgMonthlyNetSales6m().isZero()).isTrue();
            assertThat(ctx.offers().snapshot("nobody", LocalDate.of(2026, 1, 1))).isEmpty();
        }
    }
}
