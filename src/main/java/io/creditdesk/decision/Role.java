package io.creditdesk.decision;

import java.util.Locale;

/**
 * Who a user is to Creditdesk. The order is the ladder of authority: a referral goes up it.
 * A RISK_ANALYST builds and validates scorecards and decides no loans; an ADMIN administers users
 * and decides no loans either (separation of duties).
 */
public enum Role {
    UNDERWRITER, SENIOR_UNDERWRITER, CREDIT_MANAGER, RISK_ANALYST, ADMIN;

    public boolean decidesLoans() {
        return this != ADMIN && this != RISK_ANALYST;
    }

    /** Position on the decision ladder (0 underwriter … 2 credit manager); analysts and admins are not on it. */
    public int rank() {
        return decidesLoans() ? ordinal() : -1;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code underwriter}, {@code senior-underwriter}, {@code SENIOR_UNDERWRITER}, {@code senior}, {@code manager}… */
    public static Role parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (t) {
            case "UW":
                return UNDERWRITER;
            case "SENIOR":
                return SENIOR_UNDERWRITER;
            case "MANAGER":
                return CREDIT_MANAGER;
            case "ANALYST":
                return RISK_ANALYST;
            default:
                try {
                    return valueOf(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown role '" + text
                            + "' (underwriter, senior-underwriter, credit-manager, risk-analyst, admin)", e);
                }
        }
    }
}
