package io.creditdesk.decision;

/** Sign-in failed; the message never tells whether the user exists. */
public final class SignInException extends DecisionRefusedException {
    private static final long serialVersionUID = 1L;
    /** The one message for an unknown user and a wrong password alike. */
    public static final String BAD_CREDENTIALS = "Sign-in failed: unknown user name or wrong password.";

    private final boolean passwordNotSet;

    public SignInException(String message, boolean passwordNotSet) {
        super(message);
        this.passwordNotSet = passwordNotSet;
    }

    /** True when the account exists but has no password yet (a new database's admin): choose one. */
    public boolean passwordNotSet() {
        return passwordNotSet;
    }
}
