package io.creditdesk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.creditdesk.money.Money;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;

import org.junit.jupiter.api.Test;

class SellerSnapshotsTest {
    static final Seller SELLER = new Seller("s", "Shop", "toys", "ZJ", "HZ", LocalDate.of(2026, 1, 20), "CNY", "test");

    /** Month m of 2026 has gmv m × 1,000, 30 orders, 20 completed, m disputed. */
    static List<SellerMonth> months() {
        List<SellerMonth> list = new ArrayList<>();
        for (int m = 1; m <= 10; m++) {
            list.add(new SellerMonth("s", LocalDate.of(2026, m, 1), 30, 20, 0, 0, m, BigDecimal.valueOf(m * 1000L),
                    0, 0, 0, 0, 0, 0, 10, BigDecimal.ZERO, 0));
        }
        return list;
    }

    @Test
    void midMonthAsOfAveragesTheSixCompleteMonthsBefore() {
        LocalDate asOf = LocalDate.of(2026, 10, 15);
        SellerSnapshot s = SellerSnapshots.conservative().snapshot(SELLER, months(),
                List.of(new SellerDay("s", LocalDate.of(2026, 10, 12), 2, new BigDecimal("123.45"))), Optional.empty(), 0,
                BigDecimal.ZERO, asOf);
        // April..September: (4+5+6+7+8+9) × 1,000 / 6
        assertThat(s.avgMonthlyNetSales6m()).isEqualTo(Money.of("6500", "CNY"));
        // disputes 4..9 = 39 of 180 orders
        assertThat(s.disputeRate()).isEqualByComparingTo("0.2167");
        // 90 days back from 10-15 is 07-18: 14/31 of July + Aug + Sep + all 15 days of October
        assertThat(s.completedOrders90d()).isEqualTo(9 + 20 + 20 + 20);
        assertThat(s.tenureMonths()).isEqualTo(8);
        assertThat(s.daysSinceLastOrder()).isEqualTo(3);
        assertThat(s.dailySales().minorAt(SellerSnapshots.HISTORY_DAYS - 4)).isEqualTo(12_345L);
        assertThat(s.scored()).isFalse();
        assertThat(s.grade()).isEqualTo("D");
        assertThat(s.pd()).isEqualByComparingTo("0.10");
    }

    @Test
    void monthEndAsOfCountsItsOwnMonthAndUsesTheScore() {
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        SellerSnapshot s = SellerSnapshots.conservative().snapshot(SELLER, months(), List.of(),
                Optional.of(new ScoreRecord("s", 1, asOf, 640, new BigDecimal("0.018"), "B")), 0, BigDecimal.ZERO, asOf);
        // May..October
        assertThat(s.avgMonthlyNetSales6m()).isEqualTo(Money.of("7500", "CNY"));
        assertThat(s.grade()).isEqualTo("B");
        assertThat(s.scored()).isTrue();
        // no daily rows: the last month with orders ends on the as-of date
        assertThat(s.daysSinceLastOrder()).isZero();
    }
}
