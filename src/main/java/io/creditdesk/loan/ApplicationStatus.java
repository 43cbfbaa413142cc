package io.creditdesk.loan;

/** States of a loan application (OFFERS-AND-DECISIONS.md §4). */
public enum ApplicationStatus {
    SUBMITTED, IN_REVIEW, REFERRED, APPROVED, DECLINED, ACCEPTED, DISBURSED, REPAID, IN_ARREARS, DEFAULTED,
    WITHDRAWN
}
