package io.creditdesk.seller;

/** Status of one order line (DATA.md §1). */
public enum OrderStatus {
    COMPLETED, CANCELLED, REFUNDED, DISPUTED, OPEN
}
