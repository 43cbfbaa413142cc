package io.creditdesk.decision;

import java.util.Locale;

import io.creditdesk.loan.ApplicationStatus;

/** What an underwriter decides, and the application status it leads to. */
public enum Outcome {
    APPROVE(ApplicationStatus.APPROVED),
    APPROVE_CHANGED(ApplicationStatus.APPROVED),
    REFER(ApplicationStatus.REFERRED),
    DECLINE(ApplicationStatus.DECLINED);

    private final ApplicationStatus target;

    Outcome(ApplicationStatus target) {
        this.target = target;
    }

    public ApplicationStatus target() {
        return target;
    }

    /** {@code approve}, {@code approve-changed}, {@code refer}, {@code decline}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Outcome parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown outcome '" + text
                    + "' (approve, approve-changed, refer, decline)", e);
        }
    }
}
