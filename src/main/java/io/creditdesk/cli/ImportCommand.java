package io.creditdesk.cli;

import picocli.CommandLine.Command;

/** {@code creditdesk import csv|olist}: bring marketplace data into the database. */
@Command(name = "import", description = "Import marketplace data: canonical CSV files or an Olist export folder.",
        subcommands = {ImportCsvCommand.class, ImportOlistCommand.class})
public final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
