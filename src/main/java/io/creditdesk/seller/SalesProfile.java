package io.creditdesk.seller;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Sales tab of the seller workspace draws, prepared off the FX thread from the seller's
 * monthly and daily aggregates: monthly GMV with its trailing 12-month average, orders, refund and
 * cancellation rates, review average, the day-of-week pattern and the daily series (where 11.11 and
 * 12.12 show as peaks). Rates are shares (0.05 = 5%); null where a month has no orders or reviews.
 */
public record SalesProfile(List<Month> months, BigDecimal[] dayOfWeekGmv, List<SellerDay> days) {

    /** One month of the profile. */
    public record Month(LocalDate monthStart, BigDecimal gmv, BigDecimal trend12m, int orders,
                        Double refundRate, Double cancelRate, Double reviewAverage) {
    }

    public static SalesProfile of(List<SellerMonth> months, List<SellerDay> days) {
        List<Month> out = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            SellerMonth m = months.get(i);
            BigDecimal sum = BigDecimal.ZERO;
            int from = Math.max(0, i - 11);
            for (int j = from; j <= i; j++) {
                sum = sum.add(months.get(j).gmv());
            }
            BigDecimal trend = sum.divide(BigDecimal.valueOf(i - from + 1L), 2, RoundingMode.HALF_EVEN);
            out.add(new Month(m.monthStart(), m.gmv(), trend, m.orders(),
                    share(m.refundedOrders(), m.orders()), share(m.cancelledOrders(), m.orders()),
                    m.reviews() == 0 ? null : (double) m.reviewSum() / m.reviews()));
        }
        BigDecimal[] dow = new BigDecimal[7];
        java.util.Arrays.fill(dow, BigDecimal.ZERO);
        for (SellerDay d : days) {
            int k = d.salesDay().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            dow[k] = dow[k].add(d.gmv());
        }
        return new SalesProfile(List.copyOf(out), dow, List.copyOf(days));
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
