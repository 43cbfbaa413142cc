package io.creditdesk.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;

import io.creditdesk.money.Money;

import org.junit.jupiter.api.Test;

class RevenueSimulatorTest {
    final RevenueSimulator sim = new RevenueSimulator(RevenueRules.defaults());

    static DailySales sales(long[] minor) {
        return new DailySales(SellerSnapshots.historyStart(TestSellers.AS_OF), minor, TestSellers.CNY);
    }

    static DailySales flat(long cny) {
        long[] d = new long[SellerSnapshots.HISTORY_DAYS];
        Arrays.fill(d, cny * 100);
        return sales(d);
    }

    @Test
    void flatSalesRepayOnTheSameDayOnEveryPath() {
        // 10% of CNY 1,000 a day repays CNY 10,000 in exactly 100 days
        SimulationResult r = sim.simulate(flat(1000), Money.of("10000", "CNY"), new BigDecimal("0.10"), 200, 7);
        assertThat(r.medianDays()).isEqualTo(100);
        assertThat(r.p90Days()).isEqualTo(100);
        assertThat(r.missedMilestonePaths()).isZero();
        assertThat(r.cappedPaths()).isZero();
        FanPoint week7 = r.fan().get(7);
        assertThat(week7.day()).isEqualTo(49);
        assertThat(week7.p10()).isEqualTo(Money.of("5100", "CNY"));
        assertThat(week7.p90()).isEqualTo(Money.of("5100", "CNY"));
        assertThat(r.fan().get(0).p50()).isEqualTo(Money.of("10000", "CNY"));
        assertThat(r.fan().get(15).p50().isZero()).isTrue();
        assertThat(r.fan()).hasSize(79);
        assertThat(r.fan().get(78).day()).isEqualTo(540);
    }

    @Test
    void tooLittleSalesMissMilestonesAndHitTheCap() {
        // 5% of CNY 100 a day = CNY 5: CNY 10,000 needs 2,000 days
        SimulationResult r = sim.simulate(flat(100), Money.of("10000", "CNY"), new BigDecimal("0.05"), 100, 7);
        assertThat(r.medianDays()).isNull();
        assertThat(r.p90Days()).isNull();
        assertThat(r.probabilityMissMilestone()).isEqualByComparingTo("1");
        assertThat(r.probabilityCap()).isEqualByComparingTo("1");
        assertThat(r.fan().get(78).p50()).isEqualTo(Money.of("7300", "CNY"));
    }

    @Test
    void theSameSeedGivesAnIdenticalResult() {
        DailySales s = sales(TestSellers.seasonal(900, 3));
        SimulationResult a = sim.simulate(s, Money.of("30000", "CNY"), new BigDecimal("0.10"), 1000, 42);
        SimulationResult b = sim.simulate(s, Money.of("30000", "CNY"), new BigDecimal("0.10"), 1000, 42);
        assertThat(a).isEqualTo(b);
        SimulationResult c = sim.simulate(s, Money.of("30000", "CNY"), new BigDecimal("0.10"), 1000, 43);
        assertThat(c.fan()).isNotEqualTo(a.fan());
    }

    @Test
    void aHigherWithholdRateRepaysInFewerDays() {
        DailySales s = sales(TestSellers.seasonal(900, 3));
        Integer previous = null;
        for (String rate : new String[] {"0.05", "0.07", "0.10", "0.12", "0.15"}) {
            SimulationResult r = sim.simulate(s, Money.of("20000", "CNY"), new BigDecimal(rate), 1000, 42);
            assertThat(r.medianDays()).as("median at %s", rate).isNotNull();
            if (previous != null) {
                assertThat(r.medianDays()).as("median at %s", rate).isLessThan(previous);
            }
            previous = r.medianDays();
        }
    }

    @Test
    void fanPercentilesAreOrderedAndSpreadWithNoisySales() {
        SimulationResult r = sim.simulate(sales(TestSellers.seasonal(900, 3)), Money.of("30000", "CNY"),
                new BigDecimal("0.10"), 1000, 42);
        for (FanPoint p : r.fan()) {
            assertThat(p.p10()).isLessThanOrEqualTo(p.p25());
            assertThat(p.p25()).isLessThanOrEqualTo(p.p50());
            assertThat(p.p50()).isLessThanOrEqualTo(p.p75());
            assertThat(p.p75()).isLessThanOrEqualTo(p.p90());
        }
        assertThat(r.fan().get(20).p10()).isLessThan(r.fan().get(20).p90());
        assertThat(r.p90Days()).isGreaterThanOrEqualTo(r.medianDays());
    }

    @Test
    void noSalesCannotBeSimulated() {
        assertThatThrownBy(() -> sim.simulate(sales(new long[SellerSnapshots.HISTORY_DAYS]), Money.of("100", "CNY"),
                new BigDecimal("0.10"), 10, 1)).hasMessageContaining("no sales");
    }
}
