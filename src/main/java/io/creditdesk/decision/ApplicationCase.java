package io.creditdesk.decision;

import java.math.BigDecimal;

import io.creditdesk.loan.Application;

/** An application as the queue and the decision service see it: with its recommended price, if any. */
public record ApplicationCase(Application application, BigDecimal recommendedPrice) {
    public long id() {
        return application.applicationId();
    }
}
