package io.creditdesk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan as stored, with its seller's category and region, the seller's current grade and PD (the
 * active model's latest score; null when unscored) and its instalments in due-date order.
 */
public record LoanRecord(String loanId, String sellerId, String product, String currency, String category,
                         String region, String grade, BigDecimal pd, LocalDate disbursedOn, BigDecimal principal,
                         BigDecimal price, String status, LocalDate defaultedOn, List<InstalmentRecord> instalments) {
    public LoanRecord {
        instalments = List.copyOf(instalments);
    }

    /** One instalment: what was due and what was paid (null while unpaid). */
    public record InstalmentRecord(LocalDate dueOn, BigDecimal amountDue, LocalDate paidOn, BigDecimal amountPaid) {
    }
}
