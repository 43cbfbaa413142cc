package io.creditdesk.offer;

import java.util.Locale;

/** The loan products of OFFERS-AND-DECISIONS.md §2. */
public enum Product {
    /** Term loan of 3, 6 or 12 months, annuity or equal principal. */
    TERM("term", "term loan"),
    /** Revenue-based advance: amount + one flat fee, repaid by a share of each day's sales. */
    REVENUE("revenue", "revenue-based advance"),
    /** Order-backed advance: a share of shipped-but-unconfirmed order value, repaid within 30–60 days. */
    ORDER("order", "order-backed advance");

    private final String code;
    private final String label;

    Product(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** {@code term}, {@code revenue} or {@code order} (case-insensitive). */
    public static Product parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Product p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown product '" + text + "' (use term, revenue or order)");
    }
}
