package io.creditdesk.scoring;

/** Activating a model version was refused (wrong role, unknown version, already active); nothing was written. */
public final class ModelActivationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelActivationRefusedException(String message) {
        super(message);
    }
}
