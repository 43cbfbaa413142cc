package io.creditdesk.offer;

import java.util.Objects;

/**
 * The outcome of one rule, for display: passes are shown too.
 *
 * @param rule      stable id, e.g. {@code TENURE}
 * @param name      what the rule checks, in words
 * @param outcome   PASS, FAIL or REFER
 * @param observed  the value the rule looked at, e.g. {@code "2 months"} ({@code "none"} when unknown)
 * @param threshold what passes, e.g. {@code "≥ 3 months"}
 */
public record RuleResult(String rule, String name, RuleOutcome outcome, String observed, String threshold) {
    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean passed() {
        return outcome == RuleOutcome.PASS;
    }
}
