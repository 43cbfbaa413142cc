package io.creditdesk.cli;

import picocli.CommandLine.Command;

/** {@code creditdesk model …}: fit, cross-validate, show, export and train scorecards. */
@Command(name = "model", description = "Fit, cross-validate, show, export and train scorecard models.",
        subcommands = {ModelFitCommand.class, ModelCvCommand.class, ModelShowCommand.class, ModelExportSqlCommand.class,
            ModelTrainCommand.class})
public final class ModelCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
