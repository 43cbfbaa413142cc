package io.creditdesk.offer;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The eligibility policy (OFFERS-AND-DECISIONS.md §1): thresholds and actions under a version
 * string that is stored with every result, so a decision names the policy it was made under.
 *
 * @param version                 e.g. {@code "policy-2026.1"}
 * @param minTenureMonths         tenure below this declines (3)
 * @param minCompletedOrders90d   fewer completed orders in 90 days declines (10)
 * @param maxDaysSinceLastOrder   no sale for more than this many days declines (30)
 * @param maxDisputeRate          a dispute rate above this declines (0.05)
 * @param maxArrearsDays          an active loan more than this many days in arrears declines (30)
 * @param gradeActions            grades that breach the grade rule and what they do (E → DECLINE)
 * @param unscoredAction          what a seller without a score does (REFER)
 */
public record PolicyConfig(
        String version,
        int minTenureMonths,
        int minCompletedOrders90d,
        int maxDaysSinceLastOrder,
        BigDecimal maxDisputeRate,
        int maxArrearsDays,
        Map<String, RuleAction> gradeActions,
        RuleAction unscoredAction) {

    public PolicyConfig {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(maxDisputeRate, "maxDisputeRate");
        Objects.requireNonNull(unscoredAction, "unscoredAction");
        gradeActions = Map.copyOf(gradeActions);
    }

    public static PolicyConfig defaults() {
        return new PolicyConfig("policy-2026.1", 3, 10, 30, new BigDecimal("0.05"), 30,
                Map.of("E", RuleAction.DECLINE), RuleAction.REFER);
    }

    public PolicyConfig withGradeAction(String grade, RuleAction action) {
        java.util.Map<String, RuleAction> m = new java.util.HashMap<>(gradeActions);
        m.put(grade, action);
        return new PolicyConfig(version, minTenureMonths, minCompletedOrders90d, maxDaysSinceLastOrder,
                maxDisputeRate, maxArrearsDays, m, unscoredAction);
    }
}
