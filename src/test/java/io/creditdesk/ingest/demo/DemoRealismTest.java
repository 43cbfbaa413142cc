package io.creditdesk.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import io.creditdesk.loan.LoanStatus;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Realism of the default demo's first 2,500 sellers (a seller does not depend on the run's size),
 * generated in memory: festival peaks, weekly cycle, Chinese New Year dip, a plausible default rate,
 * and signal in observed features that is real but imperfect.
 */
class DemoRealismTest {
    static final int SELLERS = 2_500;
    static final TreeMap<LocalDate, long[]> DAILY = new TreeMap<>(); // orders, gmv cents
    static final TreeMap<LocalDate, Long> MONTHLY_GMV = new TreeMap<>();
    static final List<SimulatedSeller> ALL = new ArrayList<>();
    static final SignalProbe PROBE = new SignalProbe();
    static long loans;
    static long defaults;

    @BeforeAll
    static void generate() {
        DemoSettings s = DemoSettings.defaults().withSellers(SELLERS);
        SellerSimulator sim = new SellerSimulator(s);
        for (int i = 0; i < SELLERS; i++) {
            SimulatedSeller seller = sim.simulate(i);
            for (SellerDay d : seller.days()) {
                long[] t = DAILY.computeIfAbsent(d.salesDay(), k -> new long[2]);
                t[0] += d.orders();
                t[1] += d.gmv().unscaledValue().longValueExact();
            }
            for (SellerMonth m : seller.months()) {
                MONTHLY_GMV.merge(m.monthStart(), m.gmv().unscaledValue().longValueExact(), Long::sum);
            }
            loans += seller.loans().size();
            defaults += seller.loans().stream().filter(l -> l.status() == LoanStatus.DEFAULTED).count();
            PROBE.add(seller, s.firstDay());
            ALL.add(new SimulatedSeller(seller.seller(), seller.detailed(), seller.orders(), seller.gmvCents(), List.of(),
                    seller.months(), List.of(), seller.applications(), seller.loans(), List.of()));
        }
    }

    static long orders(LocalDate d) {
        return DAILY.getOrDefault(d, new long[2])[0];
    }

    static double medianOrders(LocalDate from, LocalDate toExclusive) {
        double[] v = from.datesUntil(toExclusive).mapToDouble(DemoRealismTest::orders).sorted().toArray();
        return v[v.length / 2];
    }

    @Test
    void doubleElevenAndDoubleTwelveArePeaksOfDailyOrders() {
        // daily rows are written for the last 13 months only (from 2025-10-01), so the 2025 festivals;
        // DemoCalendar gives every year the same peaks
        for (int year : new int[] {2025}) {
            LocalDate elevenEleven = LocalDate.of(year, 11, 11);
            LocalDate twelveTwelve = LocalDate.of(year, 12, 12);
            double october = medianOrders(LocalDate.of(year, 10, 1), LocalDate.of(year, 11, 1));
            double december = medianOrders(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 1, 1));
            if (year == 2025) {
                assertThat(orders(elevenEleven)).as("11.11.%d", year).isGreaterThan((long) (4 * october));
            }
            assertThat(orders(elevenEleven)).isGreaterThan((long) (4 * medianOrders(LocalDate.of(year, 11, 1),
                    LocalDate.of(year, 12, 1))));
            assertThat(orders(twelveTwelve)).as("12.12.%d", year).isGreaterThan((long) (2 * december));
            LocalDate busiest = DAILY.subMap(LocalDate.of(year, 11, 1), LocalDate.of(year + 1, 1, 1)).entrySet().stream()
                    .max((a, b) -> Long.compare(a.getValue()[0], b.getValue()[0])).orElseThrow().getKey();
            assertThat(busiest).isEqualTo(elevenEleven);
        }
    }

    @Test
    void weekendsSellMoreThanMidweek() {
        long sunday = 0;
        long wednesday = 0;
        for (var e : DAILY.subMap(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)).entrySet()) {
            if (e.getKey().getDayOfWeek() == DayOfWeek.SUNDAY) {
                sunday += e.getValue()[0];
            } else if (e.getKey().getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                wednesday += e.getValue()[0];
            }
        }
        assertThat(sunday).isGreaterThan((long) (1.1 * wednesday));
    }

    @Test
    void monthlyGmvPeaksInNovemberAndDipsAtChineseNewYear() {
        long sep = MONTHLY_GMV.get(LocalDate.of(2025, 9, 1));
        long oct = MONTHLY_GMV.get(LocalDate.of(2025, 10, 1));
        long nov = MONTHLY_GMV.get(LocalDate.of(2025, 11, 1));
        assertThat(nov).isGreaterThan((long) (1.2 * Math.max(sep, oct)));
        // Chinese New Year 2026 falls on 17 February
        long jan = MONTHLY_GMV.get(LocalDate.of(2026, 1, 1));
        long feb = MONTHLY_GMV.get(LocalDate.of(2026, 2, 1));
        long mar = MONTHLY_GMV.get(LocalDate.of(2026, 3, 1));
        assertThat(feb).isLessThan((long) (0.85 * Math.min(jan, mar)));
        assertThat(MONTHLY_GMV).hasSize(24);
        assertThat(MONTHLY_GMV.firstKey()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void sellerSizesAreHeavyTailed() {
        long[] gmv = ALL.stream().mapToLong(SimulatedSeller::gmvCents).filter(g -> g > 0).sorted().toArray();
        long median = gmv[gmv.length / 2];
        long p99 = gmv[(int) (gmv.length * 0.99)];
        double mean = Arrays.stream(gmv).average().orElseThrow();
        assertThat(mean).isGreaterThan(1.5 * median);
        assertThat(p99).isGreaterThan(15 * median);
    }

    @Test
    void defaultRateIsBetweenTwoAndFifteenPercent() {
        assertThat(loans).isGreaterThan(500);
        assertThat((double) defaults / loans).isBetween(0.02, 0.15);
    }

    @Test
    void refundRatesVaryBySellerAndTheWorstRefundersDefaultMoreOften() {
        double[] sellerRates = ALL.stream().filter(s -> s.orders() >= 300).mapToDouble(s -> {
            long refunded = s.months().stream().mapToLong(SellerMonth::refundedOrders).sum();
            return (double) refunded / s.orders();
        }).sorted().toArray();
        assertThat(sellerRates[(int) (sellerRates.length * 0.9)]).isGreaterThan(2.5 * sellerRates[sellerRates.length / 10]);

        double[] refund = PROBE.column(7);
        boolean[] bad = PROBE.labels();
        Integer[] order = new Integer[refund.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(refund[a], refund[b]));
        int q = order.length / 5;
        double best = badRate(order, 0, q, bad);
        double worst = badRate(order, order.length - q, order.length, bad);
        assertThat(worst).isGreaterThan(2 * best);
    }

    private static double badRate(Integer[] order, int from, int to, boolean[] bad) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (bad[order[i]]) {
                n++;
            }
        }
        return (double) n / (to - from);
    }

    @Test
    void observedFeaturesCarryRealButImperfectSignal() {
        double refundAuc = SignalProbe.auc(PROBE.column(7), PROBE.labels());
        assertThat(refundAuc).isGreaterThan(0.6);
        double combined = PROBE.logisticAuc();
        assertThat(combined).isBetween(0.72, 0.92);
    }
}
