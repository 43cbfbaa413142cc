package io.creditdesk.decision;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One row of the decision table. {@code decidedAt} is UTC. {@code outcome} is the {@link Outcome}
 * name; reasons are comma-separated codes. The recommended_* columns make overrides countable.
 */
public record DecisionRow(Long decisionId, long applicationId, String decidedBy, String deciderRole,
                          LocalDateTime decidedAt, String outcome, BigDecimal finalAmount, Integer finalTerm,
                          BigDecimal finalPrice, BigDecimal recommendedAmount, Integer recommendedTerm,
                          BigDecimal recommendedPrice, String reasons, String commentText, Long journalSeq) {
}
