package io.creditdesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import io.creditdesk.store.StoreException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;

/** The root command: {@code creditdesk [COMMAND]}; with no command the workstation opens. */
@Command(name = "creditdesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Creditdesk: underwriting workstation for micro-loans to online sellers.",
                "With no command, opens the workstation; with a command, runs it headless."},
        subcommands = {StatusCommand.class, OfferCommand.class, ApplicationsCommand.class, DecideCommand.class,
                JournalCommand.class, UsersCommand.class, DemoCommand.class, ModelCommand.class,
                ScoreCommand.class, PortfolioCommand.class, ImportCommand.class, BenchCommand.class})
public final class CreditdeskCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(CreditdeskCommand.class);

    @Mixin
    CommonOptions common;

    @Override
    public void run() {
        // no command: the launcher opens the workstation instead of calling this
    }

    /** True when the arguments name no command (only --db / --json): the workstation opens. */
    public static boolean opensWorkstation(String[] args) {
        try {
            ParseResult pr = new CommandLine(new CreditdeskCommand()).parseArgs(args);
            return !pr.hasSubcommand() && !pr.isUsageHelpRequested() && !pr.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** Runs a command; returns the exit code (0 ok, 1 failed, 2 bad arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CreditdeskCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            LOG.error("Command failed: {}", String.join(" ", parseResult.originalArgs()), ex);
            commandLine.getErr().println("creditdesk: " + userMessage(ex));
            commandLine.getErr().flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("creditdesk: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return 2;
        });
        return cl;
    }

    static String userMessage(Throwable ex) {
        if (ex instanceof UserException || ex instanceof StoreException) {
            return ex.getMessage();
        }
        if (ex instanceof java.nio.file.NoSuchFileException nsf) {
            return "file not found: " + nsf.getFile();
        }
        if (ex instanceof OutOfMemoryError) {
            return "not enough memory; start with a larger -Xmx";
        }
        return "unexpected error (" + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": "
                + ex.getMessage()) + "); details are in the log";
    }
}
