package io.creditdesk.offer;

import java.util.List;

/** Every rule's outcome (in a fixed order) and the verdict, under one policy version. */
public record PolicyResult(String policyVersion, PolicyVerdict verdict, List<RuleResult> rules) {
    public PolicyResult {
        rules = List.copyOf(rules);
    }

    public List<RuleResult> breaches() {
        return rules.stream().filter(r -> !r.passed()).toList();
    }

    public RuleResult rule(String id) {
        return rules.stream().filter(r -> r.rule().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }
}
