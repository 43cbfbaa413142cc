package io.creditdesk.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.SplittableRandom;

import io.creditdesk.money.Money;

/** Hand-made snapshots for the offer tests. */
final class TestSellers {
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final Currency CNY = Currency.getInstance("CNY");

    private TestSellers() {
    }

    /** A healthy grade-B seller with flat daily sales of {@code dailyCny} and a 6-month average of {@code monthlyCny}. */
    static SellerSnapshot healthy(String grade, String monthlyCny, long dailyCny) {
        long[] daily = new long[SellerSnapshots.HISTORY_DAYS];
        java.util.Arrays.fill(daily, dailyCny * 100);
        return snapshot(grade, new BigDecimal("0.02"), true, monthlyCny, daily);
    }

    /** 52 weeks of noisy sales with an 11.11 peak week, average about {@code dailyCny}. */
    static long[] seasonal(long dailyCny, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] daily = new long[SellerSnapshots.HISTORY_DAYS];
        for (int i = 0; i < daily.length; i++) {
            long base = dailyCny * 100;
            long v = base / 2 + r.nextLong(base);
            if (i % 7 == 6) {
                v = 0; // a quiet day each week
            }
            if (i >= 7 * 27 && i < 7 * 28) {
                v *= 5; // peak week
            }
            daily[i] = v;
        }
        return daily;
    }

    static SellerSnapshot snapshot(String grade, BigDecimal pd, boolean scored, String monthlyCny, long[] daily) {
        return new SellerSnapshot("S1", AS_OF, 24, 120, 1, new BigDecimal("0.01"), 0, grade, pd, scored,
                Money.of(monthlyCny, "CNY"), new DailySales(SellerSnapshots.historyStart(AS_OF), daily, CNY),
                Money.of("20000", "CNY"));
    }
}
