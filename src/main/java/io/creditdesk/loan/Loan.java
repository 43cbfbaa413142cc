package io.creditdesk.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A disbursed loan; {@code price} is the annual rate (0.18 = 18%) or, for an advance, the flat fee share. */
public record Loan(
        String loanId,
        String sellerId,
        Long applicationId,
        String product,
        LocalDate disbursedOn,
        BigDecimal principal,
        String currency,
        BigDecimal price,
        int termMonths,
        LoanStatus status,
        LocalDate defaultedOn) {
}
