package io.creditdesk.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FeatureWindowTest {
    /** One stored month row of seller {@code s}. */
    record Row(int s, LocalDate month, int orders, int completed, int cancelled, int refunded, int disputed, long gmv,
               int reviews, int reviewSum, int low, int shipped, int late, int repeat, long top10, int saleDays) {
    }

    static List<Row> randomRows(Random r, int sellers) {
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < sellers; s++) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusMonths(r.nextInt(30));
            int months = r.nextInt(30);
            for (int k = 0; k < months; k++) {
                boolean idle = r.nextInt(6) == 0;
                int orders = idle ? 0 : 1 + r.nextInt(60);
                int completed = idle ? 0 : r.nextInt(orders + 1);
                int bits = idle ? 0 : r.nextInt(9) == 0 ? 0 : r.nextInt() & 0x0FFFFFFF | 1; // some months without bits
                rows.add(new Row(s, first.plusMonths(k), orders, completed, idle ? 0 : r.nextInt(3), idle ? 0 : r.nextInt(3),
                        idle ? 0 : r.nextInt(2), idle ? 0 : r.nextInt(2_000_000), r.nextInt(10), r.nextInt(50), r.nextInt(3),
                        completed, r.nextInt(3), r.nextInt(5), idle ? 0 : r.nextInt(300_000), bits));
            }
        }
        return rows;
    }

    static void add(FeatureWindow w, Row x) {
        w.add(x.s(), SellerHistory.epochMonth(x.month()), x.orders(), x.completed(), x.cancelled(), x.refunded(),
                x.disputed(), x.gmv(), x.reviews(), x.reviewSum(), x.low(), x.shipped(), x.late(), x.repeat(), x.top10(),
                x.saleDays());
    }

    @Test
    void rowsInAnyOrderSplitOverTwoMergedWindowsGiveEachSellersOwnFeatures() {
        Random r = new Random(42);
        int sellers = 300;
        List<Row> rows = randomRows(r, sellers);
        LocalDate[] joined = new LocalDate[sellers];
        for (int s = 0; s < sellers; s++) {
            joined[s] = r.nextBoolean() ? null : LocalDate.of(2023, 6, 1).plusDays(r.nextInt(900));
        }
        for (LocalDate asOf : List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 17), LocalDate.of(2025, 7, 31))) {
            List<Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, r);
            FeatureWindow a = new FeatureWindow(asOf, sellers);
            FeatureWindow b = new FeatureWindow(asOf, sellers);
            for (int k = 0; k < shuffled.size(); k++) {
                add(k % 3 == 0 ? a : b, shuffled.get(k));
            }
            a.merge(b);
            double[] batch = new double[SellerFeatures.count()];
            double[] alone = new double[SellerFeatures.count()];
            int withRecency = 0;
            for (int s = 0; s < sellers; s++) {
                SellerHistory h = new SellerHistory();
                h.reset("s" + s, joined[s]);
                for (Row x : rows) {
                    if (x.s() == s) {
                        h.add(x.month(), x.orders(), x.completed(), x.cancelled(), x.refunded(), x.disputed(), x.gmv(),
                                x.reviews(), x.reviewSum(), x.low(), x.shipped(), x.late(), x.repeat(), x.top10(), x.saleDays());
                    }
                }
                FeatureCalculator.compute(h, asOf, alone);
                a.finish(s, joined[s], batch);
                assertThat(batch).as("seller %d as of %s", s, asOf).containsExactly(alone);
                assertThat(a.lastSaleDay(s)).isEqualTo(h.lastSaleDay(asOf));
                withRecency += Double.isNaN(alone[16]) ? 0 : 1;
            }
            assertThat(withRecency).isGreaterThan(sellers / 3);
        }
    }

    @Test
    void theAsOfMonthCountsOnlyForSaleDaysBeforeTheDate() {
        FeatureWindow w = new FeatureWindow(LocalDate.of(2026, 3, 10), 1);
        int march = SellerHistory.epochMonth(LocalDate.of(2026, 3, 1));
        // sales on 3 and 12 March; 40 orders that must not count in any window
        w.add(0, march, 40, 40, 0, 0, 0, 500_000, 0, 0, 0, 40, 0, 0, 0, 1 << 2 | 1 << 11);
        double[] out = new double[SellerFeatures.count()];
        w.finish(0, LocalDate.of(2025, 1, 1), out);
        assertThat(out[SellerFeatures.NAMES.indexOf("orders_12m")]).isZero();
        assertThat(out[SellerFeatures.NAMES.indexOf("days_since_last_order")]).isEqualTo(7);
        assertThat(Arrays.stream(out).filter(Double::isNaN).count()).isGreaterThan(5);
    }
}
