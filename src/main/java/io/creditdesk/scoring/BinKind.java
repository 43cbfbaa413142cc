package io.creditdesk.scoring;

/** What a bin holds: a numeric range, one special (sentinel) value, missing values, categorical levels, or the rest. */
public enum BinKind {
    /** Numeric range {@code lower < x <= upper} (null bound = unbounded). */
    RANGE,
    /** One configured sentinel value such as 96 or 98. */
    SPECIAL,
    /** Missing values (and configured special values never seen in training). */
    MISSING,
    /** Listed categorical levels. */
    CATEGORY,
    /** Rare categorical levels grouped together, and any level unseen in training. */
    OTHER
}
