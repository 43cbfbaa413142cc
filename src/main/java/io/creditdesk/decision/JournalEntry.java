package io.creditdesk.decision;

import java.time.LocalDateTime;

/**
 * One stored journal entry. {@code payload} is the canonical JSON
 * {@code {"body":…,"kind":KIND,"recorded_at":ISO_INSTANT}}; {@code recordedAt} (UTC) and {@code kind}
 * repeat two of its fields for queries. {@code entryHash} = SHA-256(prevHash ‖ payload), hex.
 */
public record JournalEntry(long seq, LocalDateTime recordedAt, String kind, String payload, String prevHash,
                           String entryHash) {
}
