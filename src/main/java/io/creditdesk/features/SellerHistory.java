package io.creditdesk.features;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One seller's monthly aggregates in primitive arrays (money in cents), months ascending (a reusable buffer: the
 * all-sellers pass refills one instance per seller). Months are epoch months (year × 12 + month − 1).
 */
public final class SellerHistory {
    String sellerId;
    LocalDate joinedOn;
    int size;
    int[] month = new int[32];
    int[] orders = new int[32];
    int[] completed = new int[32];
    int[] cancelled = new int[32];
    int[] refunded = new int[32];
    int[] disputed = new int[32];
    int[] reviews = new int[32];
    int[] reviewSum = new int[32];
    int[] lowReviews = new int[32];
    int[] shipped = new int[32];
    int[] late = new int[32];
    int[] repeat = new int[32];
    long[] gmvCents = new long[32];
    long[] top10Cents = new long[32];
    int[] saleDays = new int[32];

    public void reset(String seller, LocalDate joined) {
        this.sellerId = seller;
        this.joinedOn = joined;
        this.size = 0;
    }

    public String sellerId() {
        return sellerId;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public int size() {
        return size;
    }

    /** Appends one month (callers add months in ascending order). */
    public void add(LocalDate monthStart, int nOrders, int nCompleted, int nCancelled, int nRefunded, int nDisputed,
                    long gmv, int nReviews, int sumReviews, int nLowReviews, int nShipped, int nLate, int nRepeat,
                    long top10Gmv, int saleDayBits) {
        if (size == month.length) {
            int c = size * 2;
            month = Arrays.copyOf(month, c);
            orders = Arrays.copyOf(orders, c);
            completed = Arrays.copyOf(completed, c);
            cancelled = Arrays.copyOf(cancelled, c);
            refunded = Arrays.copyOf(refunded, c);
            disputed = Arrays.copyOf(disputed, c);
            reviews = Arrays.copyOf(reviews, c);
            reviewSum = Arrays.copyOf(reviewSum, c);
            lowReviews = Arrays.copyOf(lowReviews, c);
            shipped = Arrays.copyOf(shipped, c);
            late = Arrays.copyOf(late, c);
            repeat = Arrays.copyOf(repeat, c);
            gmvCents = Arrays.copyOf(gmvCents, c);
            top10Cents = Arrays.copyOf(top10Cents, c);
            saleDays = Arrays.copyOf(saleDays, c);
        }
        int k = size++;
        month[k] = epochMonth(monthStart);
        orders[k] = nOrders;
        completed[k] = nCompleted;
        cancelled[k] = nCancelled;
        refunded[k] = nRefunded;
        disputed[k] = nDisputed;
        gmvCents[k] = gmv;
        reviews[k] = nReviews;
        reviewSum[k] = sumReviews;
        lowReviews[k] = nLowReviews;
        shipped[k] = nShipped;
        late[k] = nLate;
        repeat[k] = nRepeat;
        top10Cents[k] = top10Gmv;
        saleDays[k] = saleDayBits;
    }

    /** The last day with orders before {@code before} (see {@link FeatureWindow}), or null. */
    public LocalDate lastSaleDay(LocalDate before) {
        return window(before).lastSaleDay(0);
    }

    /** This history folded as of {@code asOf} (seller 0 of a one-seller window). */
    FeatureWindow window(LocalDate asOf) {
        FeatureWindow w = new FeatureWindow(asOf, 1);
        for (int k = 0; k < size; k++) {
            w.add(0, month[k], orders[k], completed[k], cancelled[k], refunded[k], disputed[k], gmvCents[k], reviews[k],
                    reviewSum[k], lowReviews[k], shipped[k], late[k], repeat[k], top10Cents[k], saleDays[k]);
        }
        return w;
    }

    static LocalDate monthStart(int epochMonth) {
        return LocalDate.of(epochMonth / 12, epochMonth % 12 + 1, 1);
    }

    public static int epochMonth(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }
}
