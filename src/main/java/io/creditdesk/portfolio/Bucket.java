package io.creditdesk.portfolio;

/** Days-past-due buckets of the outstanding book. */
public enum Bucket {
    CURRENT, DPD_1_30, DPD_31_90, DPD_OVER_90;

    public static Bucket of(int daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DPD_1_30;
        }
        return daysPastDue <= 90 ? DPD_31_90 : DPD_OVER_90;
    }
}
