package io.creditdesk.dataset;

import java.time.LocalDate;
import java.util.Map;

/** What a database holds: the figures {@code creditdesk status} and the status bar show. */
public record DatasetStatus(
        long sellers,
        long orderLines,
        Map<String, Long> applicationsByStatus,
        long loans,
        long decisions,
        long models,
        LocalDate asOf,
        String schemaVersion) {

    public long applications() {
        return applicationsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return sellers == 0;
    }
}
