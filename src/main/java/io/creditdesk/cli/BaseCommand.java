package io.creditdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.creditdesk.AppContext;
import io.creditdesk.DataLocation;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: --db / --json, the database it opens, and the output conventions
 * (human lines, then with --json one JSON object or array as the last line).
 */
public abstract class BaseCommand implements Callable<Integer> {
    @Mixin
    protected CommonOptions common;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    protected abstract int execute() throws Exception;

    protected AppContext openContext() {
        return AppContext.open(DataLocation.resolve(common.db()));
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A human-readable line; suppressed with --json only when {@code jsonOnly} output is asked for. */
    protected void say(String line) {
        out().println(line);
    }

    /** The machine-readable result: printed as the last line with --json. */
    protected void result(Object json) {
        if (common.json()) {
            out().println(Json.line(json));
        }
        out().flush();
    }
}
