package io.creditdesk.offer;

/** An underwriter's adjustment lies outside the product's definition (a term not offered, a withhold rate out of range …). */
public final class InvalidAdjustmentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidAdjustmentException(String message) {
        super(message);
    }
}
