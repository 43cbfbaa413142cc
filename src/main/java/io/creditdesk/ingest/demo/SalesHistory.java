package io.creditdesk.ingest.demo;

/**
 * A seller's generated monthly sales, as the loan simulation sees them: completed GMV (cents),
 * orders and refunds per window month, the day index the seller joined (negative = before the
 * window) and the day index it stopped selling ({@link Integer#MAX_VALUE} = still active).
 */
record SalesHistory(long[] gmvCents, int[] orders, int[] refunded, int joinedDay, int churnDay) {

    /** Mean monthly completed GMV in CNY over months {@code from} (inclusive) .. {@code to} (exclusive). */
    double meanGmvCny(int from, int to) {
        int a = Math.max(0, from);
        if (to <= a) {
            return 0;
        }
        long sum = 0;
        for (int m = a; m < to; m++) {
            sum += gmvCents[m];
        }
        return sum / 100.0 / (to - from);
    }

    /** Refunded share of orders over months {@code from} .. {@code to} (exclusive); 0 with no orders. */
    double refundRate(int from, int to) {
        long o = 0;
        long r = 0;
        for (int m = Math.max(0, from); m < to; m++) {
            o += orders[m];
            r += refunded[m];
        }
        return o == 0 ? 0 : (double) r / o;
    }
}
