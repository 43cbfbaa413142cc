package io.creditdesk.decision;

/**
 * A decision, sign-in or user change that the rules refuse; the message is for the user
 * (e.g. "CNY 60,000.00 is above your limit of CNY 50,000.00 — refer"). Nothing was written.
 */
public class DecisionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecisionRefusedException(String message) {
        super(message);
    }
}
