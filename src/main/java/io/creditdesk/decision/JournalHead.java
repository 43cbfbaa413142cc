package io.creditdesk.decision;

/** The anchor row: the last appended entry's number and hash (detects a removed or replaced tail). */
public record JournalHead(long lastSeq, String lastHash) {
}
