package io.creditdesk.features;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * The seller features as of a date D, folded from monthly aggregate rows that may arrive in any order and
 * for many sellers at once (CREDIT-MODEL.md §1). Sellers are numbered 0..n-1; each keeps a fixed set of
 * sums in flat arrays (about 200 bytes a seller), money in exact cents, so the result does not depend on
 * the order of the rows and two windows over parts of the rows can be {@link #merge merged}.
 *
 * <p>Only calendar months that ended before D count (month_start + 1 month ≤ the first of D's month), so a
 * feature never sees orders on or after D; windows are the 3, 6 and 12 complete months before D's month.
 * D's own month contributes only its sale-day bits, to the last day with orders before D. That day: the
 * latest day before D whose bit is set in any month up to D's; unknown (null) when a later complete month
 * has orders but no bits (stored before the bits existed), and then days_since_last_order counts from the
 * end of the last complete month with orders. top10_buyer_share = Σ monthly top-10-buyer GMV ÷ Σ GMV over
 * 12 months: an approximation (the true 12-month top ten can differ from the sum of the monthly top tens),
 * as the monthly table allows.
 */
public final class FeatureWindow {
    private static final int NONE = Integer.MIN_VALUE;
    // long sums per seller: gmv 12m, 3m, previous 3m, top-10 buyer gmv 12m, then 12 monthly gmv slots
    private static final int L_GMV12 = 0;
    private static final int L_GMV3 = 1;
    private static final int L_GMV_PREV3 = 2;
    private static final int L_TOP10 = 3;
    private static final int L_MONTHLY = 4;
    private static final int LONGS = L_MONTHLY + 12;
    // int sums and markers per seller
    private static final int I_ORDERS12 = 0;
    private static final int I_COMPLETED12 = 1;
    private static final int I_ORDERS6 = 2;
    private static final int I_CANCELLED6 = 3;
    private static final int I_REFUNDED6 = 4;
    private static final int I_DISPUTED6 = 5;
    private static final int I_REVIEWS = 6;
    private static final int I_REVIEW_SUM = 7;
    private static final int I_LOW = 8;
    private static final int I_SHIPPED = 9;
    private static final int I_LATE = 10;
    private static final int I_REPEAT = 11;
    private static final int I_ACTIVE_BITS = 12;   // bit slot set when that window month had orders
    private static final int I_FIRST_ACTIVE = 13;  // first complete month with orders (epoch month)
    private static final int I_LAST_ACTIVE = 14;   // last complete month with orders
    private static final int I_LAST_SALE = 15;     // last day with orders before D (epoch day)
    private static final int I_LAST_UNKNOWN = 16;  // last complete month with orders but no sale-day bits
    private static final int INTS = 17;

    private final LocalDate asOf;
    private final int end; // D's epoch month: complete months are before it
    private final long[] longs;
    private final int[] ints;

    public FeatureWindow(LocalDate asOf, int sellers) {
        this.asOf = asOf;
        this.end = SellerHistory.epochMonth(asOf);
        this.longs = new long[sellers * LONGS];
        this.ints = new int[sellers * INTS];
        for (int s = 0; s < sellers; s++) {
            int i = s * INTS;
            ints[i + I_FIRST_ACTIVE] = Integer.MAX_VALUE;
            ints[i + I_LAST_ACTIVE] = NONE;
            ints[i + I_LAST_SALE] = NONE;
            ints[i + I_LAST_UNKNOWN] = NONE;
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Adds one month row of seller {@code s} ({@code month}: epoch month; money in cents). */
    public void add(int s, int month, int orders, int completed, int cancelled, int refunded, int disputed,
                    long gmvCents, int reviews, int reviewSum, int lowReviews, int shipped, int late, int repeat,
                    long top10Cents, int saleDays) {
        if (month > end) {
            return;
        }
        int i = s * INTS;
        int mask = month == end ? saleDays & ((1 << (asOf.getDayOfMonth() - 1)) - 1) : saleDays;
        if (mask != 0) {
            int day = (int) SellerHistory.monthStart(month).toEpochDay() + 31 - Integer.numberOfLeadingZeros(mask);
            ints[i + I_LAST_SALE] = Math.max(ints[i + I_LAST_SALE], day);
        } else if (saleDays == 0 && orders > 0 && month < end) {
            ints[i + I_LAST_UNKNOWN] = Math.max(ints[i + I_LAST_UNKNOWN], month);
        }
        if (month == end) {
            return;
        }
        if (orders > 0) {
            ints[i + I_FIRST_ACTIVE] = Math.min(ints[i + I_FIRST_ACTIVE], month);
            ints[i + I_LAST_ACTIVE] = Math.max(ints[i + I_LAST_ACTIVE], month);
        }
        int age = end - month; // 1 = last complete month
        if (age > 12) {
            return;
        }
        int l = s * LONGS;
        longs[l + L_MONTHLY + 12 - age] += gmvCents;
        if (orders > 0) {
            ints[i + I_ACTIVE_BITS] |= 1 << (12 - age);
        }
        longs[l + L_GMV12] += gmvCents;
        longs[l + L_TOP10] += top10Cents;
        ints[i + I_ORDERS12] += orders;
        ints[i + I_COMPLETED12] += completed;
        ints[i + I_REVIEWS] += reviews;
        ints[i + I_REVIEW_SUM] += reviewSum;
        ints[i + I_LOW] += lowReviews;
        ints[i + I_SHIPPED] += shipped;
        ints[i + I_LATE] += late;
        ints[i + I_REPEAT] += repeat;
        if (age <= 3) {
            longs[l + L_GMV3] += gmvCents;
        } else if (age <= 6) {
            longs[l + L_GMV_PREV3] += gmvCents;
        }
        if (age <= 6) {
            ints[i + I_ORDERS6] += orders;
            ints[i + I_CANCELLED6] += cancelled;
            ints[i + I_REFUNDED6] += refunded;
            ints[i + I_DISPUTED6] += disputed;
        }
    }

    /** Adds another window's rows (same date, same seller numbering). */
    public void merge(FeatureWindow o) {
        if (o.end != end || !o.asOf.equals(asOf) || o.ints.length != ints.length) {
            throw new IllegalArgumentException("windows of different dates or sellers");
        }
        for (int k = 0; k < longs.length; k++) {
            longs[k] += o.longs[k];
        }
        for (int s = 0; s < ints.length / INTS; s++) {
            int i = s * INTS;
            for (int k = 0; k < I_ACTIVE_BITS; k++) {
                ints[i + k] += o.ints[i + k];
            }
            ints[i + I_ACTIVE_BITS] |= o.ints[i + I_ACTIVE_BITS];
            ints[i + I_FIRST_ACTIVE] = Math.min(ints[i + I_FIRST_ACTIVE], o.ints[i + I_FIRST_ACTIVE]);
            ints[i + I_LAST_ACTIVE] = Math.max(ints[i + I_LAST_ACTIVE], o.ints[i + I_LAST_ACTIVE]);
            ints[i + I_LAST_SALE] = Math.max(ints[i + I_LAST_SALE], o.ints[i + I_LAST_SALE]);
            ints[i + I_LAST_UNKNOWN] = Math.max(ints[i + I_LAST_UNKNOWN], o.ints[i + I_LAST_UNKNOWN]);
        }
    }

    /** The last day with orders before D, or null when there is none or it is unknown. */
    public LocalDate lastSaleDay(int s) {
        int i = s * INTS;
        int day = ints[i + I_LAST_SALE];
        if (day == NONE) {
            return null;
        }
        LocalDate d = LocalDate.ofEpochDay(day);
        return ints[i + I_LAST_UNKNOWN] > SellerHistory.epochMonth(d) ? null : d;
    }

    /** Fills {@code out} (length {@link SellerFeatures#count()}) with seller {@code s}'s features. */
    public void finish(int s, LocalDate joinedOn, double[] out) {
        Arrays.fill(out, Double.NaN);
        int i = s * INTS;
        int l = s * LONGS;
        double gmv12 = longs[l + L_GMV12] / 100.0;
        double gmv3 = longs[l + L_GMV3] / 100.0;
        double gmvPrev3 = longs[l + L_GMV_PREV3] / 100.0;
        int orders12 = ints[i + I_ORDERS12];
        int completed12 = ints[i + I_COMPLETED12];
        int orders6 = ints[i + I_ORDERS6];
        int reviews = ints[i + I_REVIEWS];
        int shipped = ints[i + I_SHIPPED];
        int start = ints[i + I_FIRST_ACTIVE];
        if (joinedOn != null && !joinedOn.isAfter(asOf)) {
            start = Math.min(start, SellerHistory.epochMonth(joinedOn));
        }
        int tenure = start == Integer.MAX_VALUE ? -1 : Math.max(0, end - start);
        out[0] = gmv12;
        out[1] = gmv3;
        out[2] = gmvPrev3 > 0 ? gmv3 / gmvPrev3 - 1 : Double.NaN;
        int w = Math.min(12, tenure);
        if (w >= 2) {
            double mean = 0;
            for (int k = 12 - w; k < 12; k++) {
                mean += longs[l + L_MONTHLY + k] / 100.0;
            }
            mean /= w;
            if (mean > 0) {
                double ss = 0;
                for (int k = 12 - w; k < 12; k++) {
                    double m = longs[l + L_MONTHLY + k] / 100.0;
                    ss += (m - mean) * (m - mean);
                }
                out[3] = Math.sqrt(ss / w) / mean;
            }
        }
        out[4] = orders12;
        out[5] = completed12 > 0 ? gmv12 / completed12 : Double.NaN;
        out[6] = orders6 > 0 ? (double) ints[i + I_CANCELLED6] / orders6 : Double.NaN;
        out[7] = orders6 > 0 ? (double) ints[i + I_REFUNDED6] / orders6 : Double.NaN;
        out[8] = orders6 > 0 ? (double) ints[i + I_DISPUTED6] / orders6 : Double.NaN;
        out[9] = reviews > 0 ? (double) ints[i + I_REVIEW_SUM] / reviews : Double.NaN;
        out[10] = reviews > 0 ? (double) ints[i + I_LOW] / reviews : Double.NaN;
        out[11] = shipped > 0 ? (double) ints[i + I_LATE] / shipped : Double.NaN;
        out[12] = orders12 > 0 ? (double) ints[i + I_REPEAT] / orders12 : Double.NaN;
        out[13] = gmv12 > 0 ? longs[l + L_TOP10] / 100.0 / gmv12 : Double.NaN;
        out[14] = tenure < 0 ? Double.NaN : tenure;
        if (w >= 1) {
            int active = ints[i + I_ACTIVE_BITS] >>> (12 - w);
            out[15] = (double) Integer.bitCount(active) / w;
        }
        LocalDate last = lastSaleDay(s);
        if (last != null) {
            out[16] = ChronoUnit.DAYS.between(last, asOf);
        } else if (ints[i + I_LAST_ACTIVE] != NONE) {
            // no known sale day: the end of the last complete month with orders (a lower bound on recency)
            LocalDate monthEnd = SellerHistory.monthStart(ints[i + I_LAST_ACTIVE]).plusMonths(1).minusDays(1);
            out[16] = ChronoUnit.DAYS.between(monthEnd, asOf);
        }
    }
}
