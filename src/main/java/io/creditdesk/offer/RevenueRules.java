package io.creditdesk.offer;

/**
 * The contract of a revenue-based advance: at least {@code 1/milestoneParts} of the total must be
 * repaid every {@code milestoneDays} days, and all of it within {@code capDays} (the 18-month cap;
 * 540 = 9 × 60 days keeps the milestones and the cap in step).
 */
public record RevenueRules(int milestoneDays, int milestoneParts, int capDays) {
    public RevenueRules {
        if (milestoneDays < 1 || milestoneParts < 1 || capDays < milestoneDays) {
            throw new IllegalArgumentException("invalid revenue-advance rules");
        }
    }

    public static RevenueRules defaults() {
        return new RevenueRules(60, 9, 540);
    }
}
