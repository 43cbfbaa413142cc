package io.creditdesk.scoring;

import java.time.LocalDate;

/** A past loan for training: the seller, the date the features are taken at, and what happened. */
public record LoanOutcome(String loanId, String sellerId, LocalDate applicationDate, LocalDate disbursedOn,
                          LocalDate defaultedOn, boolean defaulted) {
}
