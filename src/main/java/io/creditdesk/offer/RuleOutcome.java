package io.creditdesk.offer;

/** What one policy rule says about one seller. */
public enum RuleOutcome {
    PASS, FAIL, REFER
}
