package io.creditdesk.cli;

/** A failure whose message is for the user (exit code 1, no stack trace). */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
