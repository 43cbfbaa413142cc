package io.creditdesk.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a user asks the decision service to record. {@code amount}, {@code termMonths} and
 * {@code annualRate} are the final offer of an approval with changes (or the proposal of a
 * referral); null means "as recommended". {@code evidence} is what the caller saw (model version,
 * feature values, score breakdown…) and goes into the journal as given.
 */
public record DecisionRequest(long applicationId, Outcome outcome, BigDecimal amount, Integer termMonths,
                              BigDecimal annualRate, List<String> reasons, String comment,
                              Map<String, Object> evidence) {
    public DecisionRequest {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        evidence = evidence == null ? Map.of() : evidence;
    }

    public static DecisionRequest approve(long applicationId) {
        return new DecisionRequest(applicationId, Outcome.APPROVE, null, null, null, List.of(), null, null);
    }

    public static DecisionRequest decline(long applicationId, List<String> reasons, String comment) {
        return new DecisionRequest(applicationId, Outcome.DECLINE, null, null, null, reasons, comment, null);
    }

    public static DecisionRequest refer(long applicationId, String comment) {
        return new DecisionRequest(applicationId, Outcome.REFER, null, null, null, List.of(), comment, null);
    }

    public boolean changesSomething() {
        return amount != null || termMonths != null || annualRate != null;
    }
}
