package io.creditdesk.decision;

import java.time.Instant;
import java.util.List;

import io.creditdesk.loan.ApplicationStatus;

/** A recorded decision: what changed, on what offer, and where it sits in the journal. */
public record Decision(long decisionId, long applicationId, Outcome outcome, ApplicationStatus from,
                       ApplicationStatus to, String decidedBy, Role role, Instant decidedAt,
                       OfferTerms recommended, OfferTerms finalOffer, List<String> reasons, String comment,
                       long journalSeq, String entryHash) {
}
