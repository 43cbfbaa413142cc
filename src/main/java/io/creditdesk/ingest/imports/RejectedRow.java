package io.creditdesk.ingest.imports;

/** One rejected row: where it was, which column was wrong and why, and the row as it was written. */
public record RejectedRow(String file, long line, String column, String reason, String original) {
    /** {@code file:line: column: reason}. */
    public String message() {
        return file + ":" + line + ": " + column + ": " + reason;
    }
}
