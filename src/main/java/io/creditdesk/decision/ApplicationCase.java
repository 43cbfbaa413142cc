package io.creditdesk.decision;

import java.math.BigDecimal;

import io.creditdesk.loan.Application;

/**
 * An application as the queue and the decision service see it: with its recommended price, if any,
 * and the recommended decision (APPROVE, REFER or DECLINE; {@code null} before a recommendation).
 */
public record ApplicationCase(Application application, BigDecimal recommendedPrice, String recommendedDecision) {
    public ApplicationCase(Application application, BigDecimal recommendedPrice) {
        this(application, recommendedPrice, null);
    }

    public long id() {
        return application.applicationId();
    }
}
