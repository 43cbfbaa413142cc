package io.creditdesk.seller;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One of a seller's loans with its repayment position as of a date.
 *
 * @param dueToDate   instalments due on or before the as-of date
 * @param paidToDate  what was paid on those instalments
 * @param daysLate    days since the oldest instalment due and not fully paid (0 when up to date)
 */
public record SellerLoan(String loanId, String product, LocalDate disbursedOn, BigDecimal principal, String currency,
                         int termMonths, String status, BigDecimal dueToDate, BigDecimal paidToDate, int daysLate) {
}
