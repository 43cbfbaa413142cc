package io.creditdesk.cli;

import java.io.Console;
import java.util.Arrays;

/**
 * Where commands get passwords: the environment ({@code CREDITDESK_PASSWORD} for the signing-in
 * user, {@code CREDITDESK_NEW_PASSWORD} for a password being set), else a prompt on the terminal.
 * Without either the command stops with a clear message. Tests and scripts that cannot set the
 * environment may use the system properties {@code creditdesk.password} / {@code creditdesk.new-password}.
 */
final class Passwords {
    static final String ENV = "CREDITDESK_PASSWORD";
    static final String NEW_ENV = "CREDITDESK_NEW_PASSWORD";

    private Passwords() {
    }

    /** The current password of {@code user}. */
    static char[] current(String user) {
        return read(ENV, "creditdesk.password", "Password for " + user + ": ", false);
    }

    /** A new password (asked twice on a terminal). */
    static char[] fresh(String user) {
        return read(NEW_ENV, "creditdesk.new-password", "New password for " + user + ": ", true);
    }

    private static char[] read(String env, String property, String prompt, boolean confirm) {
        String v = System.getenv(env);
        if (v == null) {
            v = System.getProperty(property);
        }
        if (v != null) {
            return v.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserException("No password: set " + env + " or run the command in a terminal to be asked for it.");
        }
        char[] p = console.readPassword("%s", prompt);
        if (p == null || p.length == 0) {
            throw new UserException("No password given.");
        }
        if (confirm) {
            char[] again = console.readPassword("%s", "Again: ");
            boolean same = Arrays.equals(p, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(p, '\0');
                throw new UserException("The two passwords differ.");
            }
        }
        return p;
    }
}
