package io.creditdesk.decision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * One stored journal entry. {@code payload} is the UTF-8 bytes of the canonical JSON
 * {@code {"body":…,"kind":KIND,"recorded_at":ISO_INSTANT}}, exactly as stored and hashed;
 * {@code recordedAt} (UTC) and {@code kind} repeat two of its fields for queries.
 * {@code entryHash} = SHA-256(prevHash ‖ payload), hex.
 */
public record JournalEntry(long seq, LocalDateTime recordedAt, String kind, byte[] payload, String prevHash,
                           String entryHash) {
    /** The payload as text (the canonical JSON). */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
