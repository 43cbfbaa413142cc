package io.creditdesk.ui.queue;

import io.creditdesk.loan.Application;

/** One line of the queue: the application, its seller's name and its age in days (the SLA clock). */
public record QueueRow(Application application, String sellerName, long ageDays, String referredBy,
                       String recommendedDecision) {
    /** Days an application may wait before the queue marks it late. */
    public static final int SLA_DAYS = 2;

    public boolean late() {
        return ageDays > SLA_DAYS;
    }

    public long id() {
        return application.applicationId();
    }
}
