package io.creditdesk.common;

/** Thrown inside a job when its user cancelled it; the job's transaction rolls back. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user");
    }
}
