package io.creditdesk.ui.queue;

import io.creditdesk.loan.Application;

/** One line of the queue: the application, its seller's name and its age in days (the SLA clock). */
public record QueueRow(Application application, String sellerName, long ageDays, String referredBy) {
    public long id() {
        return application.applicationId();
    }
}
