package io.creditdesk.cli;

import picocli.CommandLine.Command;

/** {@code creditdesk journal verify}: the decision journal's commands. */
@Command(name = "journal", description = "The tamper-evident decision journal.",
        subcommands = {JournalVerifyCommand.class})
public final class JournalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
