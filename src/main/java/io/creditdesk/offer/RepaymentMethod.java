package io.creditdesk.offer;

/** How a term loan is repaid. */
public enum RepaymentMethod {
    /** Equal monthly instalments (the last one absorbs rounding). */
    ANNUITY,
    /** Equal principal parts plus interest on the outstanding balance (the last part absorbs rounding). */
    EQUAL_PRINCIPAL,
    /** One payment of principal and fee at the end (order-backed advance). */
    BULLET
}
