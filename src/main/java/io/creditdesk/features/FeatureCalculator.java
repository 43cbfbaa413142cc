package io.creditdesk.features;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Computes the seller features as of a date D from monthly aggregates (CREDIT-MODEL.md §1).
 *
 * <p>Only calendar months that ended before D count (month_start + 1 month ≤ the first of D's month), so
 * a feature never sees orders on or after D; windows are the 3, 6 and 12 complete months before D's
 * month. days_since_last_order uses the daily aggregate (the last day with orders before D, within a year),
 * else the last day of the last complete month with orders.
 * top10_buyer_share = Σ monthly top-10-buyer GMV ÷ Σ GMV over 12 months: an approximation (the true
 * 12-month top ten can differ from the sum of the monthly top tens), as the monthly table allows.
 */
public final class FeatureCalculator {
    private FeatureCalculator() {
    }

    /** Fills {@code out} (length {@link SellerFeatures#count()}) for {@code h} as of {@code asOf}. */
    public static void compute(SellerHistory h, LocalDate asOf, LocalDate lastSaleDay, double[] out) {
        Arrays.fill(out, Double.NaN);
        int end = SellerHistory.epochMonth(asOf); // exclusive
        double gmv12 = 0;
        double gmv3 = 0;
        double gmvPrev3 = 0;
        long orders12 = 0;
        long completed12 = 0;
        long orders6 = 0;
        long cancelled6 = 0;
        long refunded6 = 0;
        long disputed6 = 0;
        long reviews = 0;
        long reviewSum = 0;
        long low = 0;
        long shipped = 0;
        long late = 0;
        long repeat = 0;
        double top10 = 0;
        int firstActive = Integer.MAX_VALUE;
        double[] monthly = new double[12];
        boolean[] active = new boolean[12];
        for (int k = 0; k < h.size; k++) {
            int m = h.month[k];
            if (m >= end) {
                break;
            }
            if (h.orders[k] > 0 && m < firstActive) {
                firstActive = m;
            }
            int age = end - m; // 1 = last complete month
            if (age > 12) {
                continue;
            }
            monthly[12 - age] += h.gmv[k];
            active[12 - age] |= h.orders[k] > 0;
            gmv12 += h.gmv[k];
            orders12 += h.orders[k];
            completed12 += h.completed[k];
            reviews += h.reviews[k];
            reviewSum += h.reviewSum[k];
            low += h.lowReviews[k];
            shipped += h.shipped[k];
            late += h.late[k];
            repeat += h.repeat[k];
            top10 += h.top10[k];
            if (age <= 3) {
                gmv3 += h.gmv[k];
            } else if (age <= 6) {
                gmvPrev3 += h.gmv[k];
            }
            if (age <= 6) {
                orders6 += h.orders[k];
                cancelled6 += h.cancelled[k];
                refunded6 += h.refunded[k];
                disputed6 += h.disputed[k];
            }
        }
        int start = firstActive;
        if (h.joinedOn != null && !h.joinedOn.isAfter(asOf)) {
            start = Math.min(start, SellerHistory.epochMonth(h.joinedOn));
        }
        int tenure = start == Integer.MAX_VALUE ? -1 : Math.max(0, end - start);
        out[0] = gmv12;
        out[1] = gmv3;
        out[2] = gmvPrev3 > 0 ? gmv3 / gmvPrev3 - 1 : Double.NaN;
        int w = Math.min(12, tenure);
        if (w >= 2) {
            double mean = 0;
            for (int k = 12 - w; k < 12; k++) {
                mean += monthly[k];
            }
            mean /= w;
            if (mean > 0) {
                double ss = 0;
                for (int k = 12 - w; k < 12; k++) {
                    ss += (monthly[k] - mean) * (monthly[k] - mean);
                }
                out[3] = Math.sqrt(ss / w) / mean;
            }
        }
        out[4] = orders12;
        out[5] = completed12 > 0 ? gmv12 / completed12 : Double.NaN;
        out[6] = orders6 > 0 ? (double) cancelled6 / orders6 : Double.NaN;
        out[7] = orders6 > 0 ? (double) refunded6 / orders6 : Double.NaN;
        out[8] = orders6 > 0 ? (double) disputed6 / orders6 : Double.NaN;
        out[9] = reviews > 0 ? (double) reviewSum / reviews : Double.NaN;
        out[10] = reviews > 0 ? (double) low / reviews : Double.NaN;
        out[11] = shipped > 0 ? (double) late / shipped : Double.NaN;
        out[12] = orders12 > 0 ? (double) repeat / orders12 : Double.NaN;
        out[13] = gmv12 > 0 ? top10 / gmv12 : Double.NaN;
        out[14] = tenure < 0 ? Double.NaN : tenure;
        if (w >= 1) {
            int a = 0;
            for (int k = 12 - w; k < 12; k++) {
                a += active[k] ? 1 : 0;
            }
            out[15] = (double) a / w;
        }
        if (!applyLastSaleDay(lastSaleDay, asOf, out)) {
            // no daily figure: the end of the last complete month with orders (a lower bound on recency)
            for (int k = h.size - 1; k >= 0; k--) {
                if (h.month[k] < end && h.orders[k] > 0) {
                    LocalDate monthEnd = LocalDate.of(h.month[k] / 12, h.month[k] % 12 + 1, 1).plusMonths(1).minusDays(1);
                    out[16] = ChronoUnit.DAYS.between(monthEnd, asOf);
                    break;
                }
            }
        }
    }

    /**
     * Sets days_since_last_order from the daily figure when there is one before {@code asOf}; returns false
     * (leaving {@code out} alone) otherwise. {@link #compute} uses it, and the all-sellers pass applies it
     * afterwards to vectors computed without the daily figure, with the same result.
     */
    public static boolean applyLastSaleDay(LocalDate lastSaleDay, LocalDate asOf, double[] out) {
        if (lastSaleDay != null && lastSaleDay.isBefore(asOf)) {
            out[16] = ChronoUnit.DAYS.between(lastSaleDay, asOf);
            return true;
        }
        return false;
    }
}
