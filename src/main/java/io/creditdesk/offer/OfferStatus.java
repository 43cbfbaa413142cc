package io.creditdesk.offer;

/** Where an offer stands before the underwriter decides. */
public enum OfferStatus {
    /** Eligible under the policy; terms computed. */
    OFFERED,
    /** Terms computed, but a policy rule sends the case to a higher authority. */
    REFER,
    /** Terms computed for display, but a policy rule declines the seller. */
    DECLINED,
    /** No terms can be computed (no sales, zero limit, below the product minimum); see the reasons. */
    REFUSED
}
