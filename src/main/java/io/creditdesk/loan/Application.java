package io.creditdesk.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A loan application from a seller; {@code recommendedAmount}, score and grade may be null until scored. */
public record Application(
        long applicationId,
        String sellerId,
        LocalDateTime submittedAt,
        String product,
        BigDecimal requestedAmount,
        Integer requestedTerm,
        String currency,
        ApplicationStatus status,
        String assignee,
        BigDecimal recommendedAmount,
        Integer score,
        String grade,
        LocalDate asOf) {
}
