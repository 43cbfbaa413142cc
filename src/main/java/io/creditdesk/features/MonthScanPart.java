package io.creditdesk.features;

/**
 * A part of the monthly aggregate table for a concurrent scan of all its rows: the rows stored after position
 * {@code afterRowId} up to and including {@code lastRowId} (storage positions, not seller ids).
 */
public record MonthScanPart(long afterRowId, long lastRowId) {
}
