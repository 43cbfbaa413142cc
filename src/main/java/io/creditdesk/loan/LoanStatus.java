package io.creditdesk.loan;

/** Where a disbursed loan stands. */
public enum LoanStatus {
    ACTIVE, IN_ARREARS, REPAID, DEFAULTED
}
