package io.creditdesk.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a loan: what was due and what was paid (null while unpaid). */
public record Repayment(String loanId, LocalDate dueOn, BigDecimal amountDue, LocalDate paidOn, BigDecimal amountPaid) {
}
