package io.creditdesk.cli;

import picocli.CommandLine.Option;

/** Options every command (and the workstation) takes. */
public final class CommonOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "H2 database file without its .mv.db suffix (default: $CREDITDESK_DB, else the per-user data directory)")
    String db;

    @Option(names = "--json", description = "Print a machine-readable JSON result as the last line of output")
    boolean json;

    public String db() {
        return db;
    }

    public boolean json() {
        return json;
    }
}
