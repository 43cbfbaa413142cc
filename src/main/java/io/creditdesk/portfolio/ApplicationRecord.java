package io.creditdesk.portfolio;

import java.time.LocalDate;

/** An application with its seller's category, region and current grade (null when unscored). */
public record ApplicationRecord(long applicationId, LocalDate submittedOn, String product, String status,
                                String category, String region, String grade) {
}
