package io.creditdesk.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Applies a {@link PolicyConfig} to a {@link SellerSnapshot}; every rule yields a result, passes included. */
public final class PolicyEngine {
    private final PolicyConfig config;

    public PolicyEngine(PolicyConfig config) {
        this.config = config;
    }

    public PolicyConfig config() {
        return config;
    }

    public PolicyResult evaluate(SellerSnapshot s) {
        List<RuleResult> r = new ArrayList<>();
        r.add(rule("TENURE", "Tenure on the marketplace", s.tenureMonths() >= config.minTenureMonths(),
                RuleAction.DECLINE, s.tenureMonths() + " months", "≥ " + config.minTenureMonths() + " months"));
        r.add(rule("ORDERS_90D", "Completed orders in the last 90 days",
                s.completedOrders90d() >= config.minCompletedOrders90d(), RuleAction.DECLINE,
                Integer.toString(s.completedOrders90d()), "≥ " + config.minCompletedOrders90d()));
        Integer since = s.daysSinceLastOrder();
        r.add(rule("RECENT_SALE", "A sale in the last " + config.maxDaysSinceLastOrder() + " days",
                since != null && since <= config.maxDaysSinceLastOrder(), RuleAction.DECLINE,
                since == null ? "no sale on record" : "last sale " + since + " days ago",
                "≤ " + config.maxDaysSinceLastOrder() + " days"));
        r.add(rule("DISPUTE_RATE", "Dispute rate (6 months)", s.disputeRate().compareTo(config.maxDisputeRate()) <= 0,
                RuleAction.DECLINE, percent(s.disputeRate()), "≤ " + percent(config.maxDisputeRate())));
        r.add(rule("ARREARS", "Active loans in arrears", s.maxDaysInArrears() <= config.maxArrearsDays(),
                RuleAction.DECLINE, s.maxDaysInArrears() + " days past due",
                "≤ " + config.maxArrearsDays() + " days"));
        RuleAction gradeAction = config.gradeActions().get(s.grade());
        r.add(rule("GRADE", "Risk grade", gradeAction == null, gradeAction == null ? RuleAction.DECLINE : gradeAction,
                s.grade() + (s.scored() ? "" : " (assumed: not scored)"),
                "not " + String.join("/", new TreeSet<>(config.gradeActions().keySet()))));
        r.add(rule("SCORED", "A current score exists", s.scored(), config.unscoredAction(),
                s.scored() ? "scored" : "not scored", "scored"));
        PolicyVerdict verdict = PolicyVerdict.ELIGIBLE;
        for (RuleResult x : r) {
            if (x.outcome() == RuleOutcome.FAIL) {
                verdict = PolicyVerdict.DECLINE;
            } else if (x.outcome() == RuleOutcome.REFER && verdict == PolicyVerdict.ELIGIBLE) {
                verdict = PolicyVerdict.REFER;
            }
        }
        return new PolicyResult(config.version(), verdict, r);
    }

    private static RuleResult rule(String id, String name, boolean passes, RuleAction onBreach, String observed,
                                   String threshold) {
        return new RuleResult(id, name, passes ? RuleOutcome.PASS : onBreach.outcome(), observed, threshold);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
