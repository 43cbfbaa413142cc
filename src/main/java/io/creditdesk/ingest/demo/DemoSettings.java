package io.creditdesk.ingest.demo;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param sellers       number of sellers (1..1,000,000)
 * @param months        months of history ending with the month of {@code asOf} (1..120)
 * @param seed          the seed; the same settings always give the same data
 * @param asOf          the data's as-of date: the last day with orders
 * @param detailSellers above this many sellers, raw order lines and daily rows are written only for
 *                      an even sample of this many sellers plus every seller with an open
 *                      application; monthly aggregates are always complete (see {@link #detailed})
 */
public record DemoSettings(int sellers, int months, long seed, LocalDate asOf, int detailSellers) {
    public static final int DEFAULT_SELLERS = 5_000;
    public static final int DEFAULT_MONTHS = 24;
    public static final long DEFAULT_SEED = 20_261_111L;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 10, 31);
    public static final int DEFAULT_DETAIL_SELLERS = 20_000;
    public static final int MAX_SELLERS = 1_000_000;
    public static final int MAX_MONTHS = 120;

    public DemoSettings {
        if (sellers < 1 || sellers > MAX_SELLERS) {
            throw new IllegalArgumentException("the number of sellers must be between 1 and " + MAX_SELLERS
                    + ", not " + sellers);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("the number of months must be between 1 and " + MAX_MONTHS
                    + ", not " + months);
        }
        if (asOf == null) {
            throw new IllegalArgumentException("the as-of date is missing");
        }
        if (asOf.getYear() < 2000 || asOf.getYear() > 2100) {
            throw new IllegalArgumentException("the as-of date must lie between 2000 and 2100, not " + asOf);
        }
        if (detailSellers < 0) {
            throw new IllegalArgumentException("the number of detail sellers cannot be negative");
        }
    }

    /** The default demo: 5,000 sellers × 24 months as of 2026-10-31. */
    public static DemoSettings defaults() {
        return new DemoSettings(DEFAULT_SELLERS, DEFAULT_MONTHS, DEFAULT_SEED, DEFAULT_AS_OF, DEFAULT_DETAIL_SELLERS);
    }

    public DemoSettings withSellers(int n) {
        return new DemoSettings(n, months, seed, asOf, detailSellers);
    }

    public DemoSettings withSeed(long s) {
        return new DemoSettings(sellers, months, s, asOf, detailSellers);
    }

    /** First day with data: the first day of the month {@code months - 1} before the as-of month. */
    public LocalDate firstDay() {
        return asOf.withDayOfMonth(1).minusMonths(months - 1L);
    }

    /**
     * Months (the as-of month and the 12 before it) for which raw order lines and daily rows are
     * written: every screen, feature and offer reads at most the last 366 days of them. Monthly
     * aggregates cover all {@link #months()}; their {@code sale_days} answer older "last sale" questions.
     */
    public static final int DETAIL_MONTHS = 13;

    /** First day with raw order lines and daily rows: see {@link #DETAIL_MONTHS}. */
    public LocalDate detailFrom() {
        LocalDate from = asOf.withDayOfMonth(1).minusMonths(DETAIL_MONTHS - 1L);
        return from.isBefore(firstDay()) ? firstDay() : from;
    }

    /** True when every seller gets raw order lines and daily rows. */
    public boolean allDetailed() {
        return sellers <= detailSellers;
    }

    /**
     * Whether seller {@code index} (0-based) is in the evenly spread detail sample: every
     * ⌈sellers ÷ detailSellers⌉-th seller. (Sellers with an open application are detailed as well.)
     */
    public boolean detailed(int index) {
        if (allDetailed()) {
            return true;
        }
        if (detailSellers == 0) {
            return false;
        }
        int step = (sellers + detailSellers - 1) / detailSellers;
        return index % step == 0;
    }
}
