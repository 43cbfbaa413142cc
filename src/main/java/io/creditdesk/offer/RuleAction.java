package io.creditdesk.offer;

/** What a breached rule does: decline outright, or send the case to a higher authority. */
public enum RuleAction {
    DECLINE, REFER;

    RuleOutcome outcome() {
        return this == DECLINE ? RuleOutcome.FAIL : RuleOutcome.REFER;
    }
}
