package io.creditdesk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision with what it overrode: the recommended amount at the time (null when the offer engine
 * recommended nothing), the application's product and seller attributes, and what became of the
 * loan if one was disbursed ({@code loanStatus} null when there is none).
 */
public record DecisionRecord(long applicationId, String decidedBy, LocalDate decidedOn, String outcome,
                             BigDecimal recommendedAmount, String product, String category, String region,
                             String grade, String loanStatus) {
}
