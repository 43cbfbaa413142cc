package io.creditdesk.scoring;

/** Bad CSV input: the message names the file, the line and the field. */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }
}
