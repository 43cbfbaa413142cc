package io.creditdesk.decision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.creditdesk.loan.ApplicationStatus;

/** Read access to the application queue and decision history. */
public interface ApplicationQueue {
    /** Applications in any of {@code statuses}, oldest submission first. */
    List<ApplicationCase> list(Set<ApplicationStatus> statuses);

    Optional<ApplicationCase> find(long applicationId);

    /** Every application of one seller, whatever its status, oldest submission first. */
    List<ApplicationCase> forSeller(String sellerId);

    /** The decisions on one application, oldest first. */
    List<DecisionRow> history(long applicationId);
}
