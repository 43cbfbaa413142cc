package io.creditdesk.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** A storage failure with a sentence a user can read; the cause goes to the log. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreException explain(Path file, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("Database may be already in use") || msg.contains("locked")) {
            return new StoreException("The database " + file + " is in use by another program that does not share it."
                    + " Close the other Creditdesk window or command and try again.", e);
        }
        if (msg.contains("Wrong user name or password") || msg.contains("File corrupted")
                || msg.contains("Unsupported database file version")) {
            return new StoreException("The file " + file + ".mv.db is not a Creditdesk database this version can open: "
                    + firstLine(msg), e);
        }
        return new StoreException("Cannot open the database " + file + ": " + firstLine(msg), e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
