package io.creditdesk.ingest.imports;

/** A bad field of one row: which column and why. Cheap to throw (no stack trace). */
final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String column;

    BadValue(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }

    String reason() {
        return getMessage();
    }
}
