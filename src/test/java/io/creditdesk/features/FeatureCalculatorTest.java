package io.creditdesk.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FeatureCalculatorTest {
    static double f(double[] out, String name) {
        return out[SellerFeatures.NAMES.indexOf(name)];
    }

    /** 14 months Jan 2025 .. Feb 2026; month k (0-based) has 10 + k orders and GMV 1000 × (k + 1). */
    static SellerHistory history() {
        SellerHistory h = new SellerHistory();
        h.reset("S1", LocalDate.of(2024, 12, 15));
        for (int k = 0; k < 14; k++) {
            int orders = 10 + k;
            h.add(LocalDate.of(2025, 1, 1).plusMonths(k), orders, orders - 2, 1, 1, k == 13 ? 1 : 0, 1000.0 * (k + 1),
                    5, 20, 1, orders - 1, 2, 3, 100.0 * (k + 1));
        }
        return h;
    }

    @Test
    void featuresUseOnlyCompleteMonthsBeforeTheAsOfDate() {
        double[] out = new double[SellerFeatures.count()];
        // as of 2026-02-10: February 2026 (k = 13) is not complete and is left out; window = Feb 2025 .. Jan 2026 (k 1..12)
        FeatureCalculator.compute(history(), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 3), out);
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
        FeatureCalculator.compute(h, LocalDate.of(2026, 1, 1), null, out);
        assertThat(f(out, "gmv_12m")).isZero();
        assertThat(f(out, "refund_rate")).isNaN();
        assertThat(f(out, "review_avg")).isNaN();
        assertThat(f(out, "tenure_months")).isNaN();
        assertThat(f(out, "days_since_last_order")).isNaN();
        assertThat(f(out, "gmv_growth")).isNaN();
    }
}
