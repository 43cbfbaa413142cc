package io.creditdesk.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The latest stored score of a seller (the seller_score table). */
public record ScoreRecord(String sellerId, int modelVersion, LocalDate asOf, int score, BigDecimal pd, String grade) {
}
