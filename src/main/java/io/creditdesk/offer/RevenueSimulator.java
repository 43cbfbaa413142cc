package io.creditdesk.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

import io.creditdesk.money.Money;

/**
 * Replays a seller's own daily sales against a revenue-based advance (OFFERS-AND-DECISIONS.md §3).
 * Each path is a weekly block bootstrap: whole weeks of the history are drawn with replacement,
 * so day-of-week patterns and peak weeks such as 11.11 stay intact. Every day the withhold rate
 * (in whole basis points) of that day's sales is repaid, floored to the cent. Everything is in
 * long minor units; the result is deterministic for a seed: each path draws from its own
 * {@link SplittableRandom#split() split} of the seeded generator, so paths do not depend on each
 * other and a higher withhold rate replays exactly the same weeks (days to repay are monotone in
 * the rate path by path).
 */
public final class RevenueSimulator {
    private static final int WEEK = 7;

    private final RevenueRules rules;

    public RevenueSimulator(RevenueRules rules) {
        this.rules = rules;
    }

    /**
     * @throws IllegalArgumentException when the history has no whole week or no sales at all
     */
    public SimulationResult simulate(DailySales history, Money total, BigDecimal withholdRate, int paths, long seed) {
        if (paths < 1) {
            throw new IllegalArgumentException("at least one path");
        }
        int weeks = history.days() / WEEK;
        if (weeks < 1) {
            throw new IllegalArgumentException("the sales history is shorter than one week");
        }
        if (!history.hasSales()) {
            throw new IllegalArgumentException("the seller has no sales in the history to replay");
        }
        Currency currency = total.currency();
        // use the most recent whole weeks
        int offset = history.days() - weeks * WEEK;
        long[] sales = Arrays.copyOfRange(history.copyMinor(), offset, history.days());
        long totalMinor = MinorUnits.of(total);
        long bps = withholdRate.movePointRight(4).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        if (bps <= 0 || bps > 10_000) {
            throw new IllegalArgumentException("withhold rate must be above 0 and at most 100%");
        }
        int cap = rules.capDays();
        int fanWeeks = (cap + WEEK - 1) / WEEK;
        long[][] fan = new long[fanWeeks + 1][paths];
        int[] daysToRepay = new int[paths];
        long[] milestoneDue = new long[cap / rules.milestoneDays() + 1];
        for (int m = 1; m < milestoneDue.length; m++) {
            long parts = Math.min(m, rules.milestoneParts());
            // ceil(total × m / parts)
            milestoneDue[m] = BigDecimal.valueOf(totalMinor).multiply(BigDecimal.valueOf(parts))
                    .divide(BigDecimal.valueOf(rules.milestoneParts()), 0, RoundingMode.CEILING).longValueExact();
        }
        int missed = 0;
        int capped = 0;
        // fan[w][p]: balance of path p at the end of week w (day min(7w, cap)); 0 once repaid
        SplittableRandom root = new SplittableRandom(seed);
        int milestoneDays = rules.milestoneDays();
        for (int p = 0; p < paths; p++) {
            SplittableRandom rnd = root.split();
            long balance = totalMinor;
            int repaidOn = Integer.MAX_VALUE;
            boolean missedHere = false;
            fan[0][p] = balance;
            int day = 0;
            // one drawn week per iteration; the last week may be cut short by the cap
            for (int w = 1; day < cap && balance > 0; w++) {
                int block = rnd.nextInt(weeks) * WEEK;
                int end = Math.min(day + WEEK, cap);
                for (int j = 0; day < end; j++) {
                    day++;
                    if (balance > 0) {
                        long pay = Math.min(balance, sales[block + j] * bps / 10_000);
                        balance -= pay;
                        if (balance == 0) {
                            repaidOn = day;
                        }
                    }
                    if (day % milestoneDays == 0 && totalMinor - balance < milestoneDue[day / milestoneDays]) {
                        missedHere = true;
                    }
                }
                fan[w][p] = balance;
            }
            // repaid early: every later balance is 0 and every later milestone is met (arrays start at 0)
            daysToRepay[p] = repaidOn;
            if (missedHere) {
                missed++;
            }
            if (balance > 0) {
                capped++;
            }
        }
        Arrays.sort(daysToRepay);
        List<FanPoint> points = new ArrayList<>(fanWeeks + 1);
        for (int w = 0; w <= fanWeeks; w++) {
            long[] col = fan[w];
            if (w > 0 && isZero(col)) {
                // nothing outstanding on any path from here on
            } else {
                Arrays.sort(col);
            }
            points.add(new FanPoint(w, Math.min(w * WEEK, cap),
                    MinorUnits.money(percentile(col, 10), currency), MinorUnits.money(percentile(col, 25), currency),
                    MinorUnits.money(percentile(col, 50), currency), MinorUnits.money(percentile(col, 75), currency),
                    MinorUnits.money(percentile(col, 90), currency)));
        }
        return new SimulationResult(paths, seed, withholdRate, total, cap, days(percentile(daysToRepay, 50)),
                days(percentile(daysToRepay, 90)), missed, capped, points);
    }

    private static boolean isZero(long[] values) {
        for (long v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static Integer days(int d) {
        return d == Integer.MAX_VALUE ? null : d;
    }

    /** Nearest-rank percentile of a sorted array: the value at ceil(p/100 × n) − 1. */
    static long percentile(long[] sorted, int p) {
        return sorted[rank(sorted.length, p)];
    }

    static int percentile(int[] sorted, int p) {
        return sorted[rank(sorted.length, p)];
    }

    private static int rank(int n, int p) {
        return Math.max(0, (n * p + 99) / 100 - 1);
    }
}
