package io.creditdesk.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FeatureCalculatorTest {
    static double f(double[] out, String name) {
        return out[SellerFeatures.NAMES.indexOf(name)];
    }

    /**
     * 14 months Jan 2025 .. Feb 2026; month k (0-based) has 10 + k orders and GMV 1000.00 × (k + 1), sales on the
     * 3rd and the 28th (February 2026: only the 3rd and the 20th).
     */
    static SellerHistory history() {
        SellerHistory h = new SellerHistory();
        h.reset("S1", LocalDate.of(2024, 12, 15));
        for (int k = 0; k < 14; k++) {
            int orders = 10 + k;
            h.add(LocalDate.of(2025, 1, 1).plusMonths(k), orders, orders - 2, 1, 1, k == 13 ? 1 : 0, 100_000L * (k + 1),
                    5, 20, 1, orders - 1, 2, 3, 10_000L * (k + 1), k == 13 ? 1 << 2 | 1 << 19 : 1 << 2 | 1 << 27);
        }
        return h;
    }

    @Test
    void featuresUseOnlyCompleteMonthsBeforeTheAsOfDate() {
        double[] out = new double[SellerFeatures.count()];
        // as of 2026-02-10: February 2026 (k = 13) is not complete and is left out; window = Feb 2025 .. Jan 2026 (k 1..12)
        FeatureCalculator.compute(history(), LocalDate.of(2026, 2, 10), out);
        double gmv12 = 0;
        for (int k = 1; k <= 12; k++) {
            gmv12 += 1000.0 * (k + 1);
        }
        assertThat(f(out, "gmv_12m")).isEqualTo(gmv12);
        assertThat(f(out, "gmv_3m")).isEqualTo(1000.0 * (11 + 12 + 13));
        assertThat(f(out, "gmv_growth")).isCloseTo((11 + 12 + 13) / (8.0 + 9 + 10) - 1, within(1e-12));
        int orders12 = 0;
        int completed12 = 0;
        for (int k = 1; k <= 12; k++) {
            orders12 += 10 + k;
            completed12 += 8 + k;
        }
        assertThat(f(out, "orders_12m")).isEqualTo(orders12);
        assertThat(f(out, "avg_order_value")).isCloseTo(gmv12 / completed12, within(1e-9));
        int orders6 = 0;
        for (int k = 7; k <= 12; k++) {
            orders6 += 10 + k;
        }
        assertThat(f(out, "refund_rate")).isCloseTo(6.0 / orders6, within(1e-12));
        assertThat(f(out, "dispute_rate")).isZero();
        assertThat(f(out, "review_avg")).isEqualTo(4.0);
        assertThat(f(out, "low_review_share")).isEqualTo(0.2);
        assertThat(f(out, "repeat_buyer_share")).isCloseTo(36.0 / orders12, within(1e-12));
        assertThat(f(out, "top10_buyer_share")).isCloseTo(0.1, within(1e-12));
        // joined 2024-12-15: tenure counts from December 2024 to February 2026 = 14 months
        assertThat(f(out, "tenure_months")).isEqualTo(14);
        assertThat(f(out, "active_month_ratio")).isEqualTo(1.0);
        assertThat(f(out, "days_since_last_order")).isEqualTo(7);
    }

    @Test
    void aSellerWithoutOrdersHasMissingRatesNotZeros() {
        SellerHistory h = new SellerHistory();
        h.reset("S2", null);
        double[] out = new double[SellerFeatures.count()];
        FeatureCalculator.compute(h, LocalDate.of(2026, 1, 1), out);
        assertThat(f(out, "gmv_12m")).isZero();
        assertThat(f(out, "refund_rate")).isNaN();
        assertThat(f(out, "review_avg")).isNaN();
        assertThat(f(out, "tenure_months")).isNaN();
        assertThat(f(out, "days_since_last_order")).isNaN();
        assertThat(f(out, "gmv_growth")).isNaN();
    }

    @Test
    void lastSaleDayComesFromTheSaleDayBitsOfTheMonthsUpToTheDate() {
        SellerHistory h = history();
        assertThat(h.lastSaleDay(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(h.lastSaleDay(LocalDate.of(2026, 2, 21))).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(h.lastSaleDay(LocalDate.of(2026, 2, 3))).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(h.lastSaleDay(LocalDate.of(2026, 1, 28))).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(h.lastSaleDay(LocalDate.of(2025, 1, 3))).isNull();
        assertThat(h.lastSaleDay(LocalDate.of(2030, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 20));
    }

    @Test
    void aMonthWithOrdersButUnknownSaleDaysFallsBackToItsLastDay() {
        SellerHistory h = new SellerHistory();
        h.reset("S3", LocalDate.of(2025, 1, 1));
        h.add(LocalDate.of(2025, 5, 1), 4, 4, 0, 0, 0, 40_000L, 0, 0, 0, 4, 0, 0, 0L, 1 << 9);
        h.add(LocalDate.of(2025, 6, 1), 4, 4, 0, 0, 0, 40_000L, 0, 0, 0, 4, 0, 0, 0L, 0); // stored before the bits
        LocalDate asOf = LocalDate.of(2025, 7, 10);
        assertThat(h.lastSaleDay(asOf)).isNull();
        double[] out = new double[SellerFeatures.count()];
        FeatureCalculator.compute(h, asOf, out);
        assertThat(f(out, "days_since_last_order")).isEqualTo(10); // from 30 June
        assertThat(h.lastSaleDay(LocalDate.of(2025, 6, 20))).isEqualTo(LocalDate.of(2025, 5, 10)); // June not complete
    }
}
