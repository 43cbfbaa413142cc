package io.creditdesk.decision;

import java.util.Locale;

/**
 * Who a user is to Creditdesk. The order is the ladder of authority: a referral goes up it.
 * An ADMIN administers users and decides no loans (separation of duties).
 */
public enum Role {
    UNDERWRITER, SENIOR_UNDERWRITER, CREDIT_MANAGER, ADMIN;

    public boolean decidesLoans() {
        return this != ADMIN;
    }

    /** Position on the decision ladder (0 underwriter … 2 credit manager); ADMIN is not on it. */
    public int rank() {
        return this == ADMIN ? -1 : ordinal();
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
            default:
                try {
                    return valueOf(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown role '" + text
                            + "' (underwriter, senior-underwriter, credit-manager, admin)", e);
                }
        }
    }
}
