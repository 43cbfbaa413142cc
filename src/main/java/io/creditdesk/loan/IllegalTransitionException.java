package io.creditdesk.loan;

/** A status change that the application lifecycle does not allow; the message names both states. */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final ApplicationStatus from;
    private final ApplicationStatus to;

    public IllegalTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super("An application cannot move from " + from + " to " + to
                + (ApplicationLifecycle.isFinal(from) ? " (" + from + " is final)"
                        : " (allowed from " + from + ": " + ApplicationLifecycle.next(from) + ")"));
        this.from = from;
        this.to = to;
    }

    public ApplicationStatus from() {
        return from;
    }

    public ApplicationStatus to() {
        return to;
    }
}
