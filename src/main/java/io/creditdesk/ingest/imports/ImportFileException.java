package io.creditdesk.ingest.imports;

/**
 * A problem with a whole file (unreadable, empty, not CSV, not UTF-8, wrong delimiter, a required
 * column missing): the message is one sentence for the user; nothing was imported.
 */
public final class ImportFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportFileException(String message) {
        super(message);
    }
}
