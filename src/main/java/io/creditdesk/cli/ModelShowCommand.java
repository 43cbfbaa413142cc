package io.creditdesk.cli;

import java.nio.file.Path;

import io.creditdesk.scoring.ScorecardModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a model artefact: bins, WoE, IV and points per characteristic.")
public final class ModelShowCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "MODEL.json")
    Path file;

    @Override
    protected int execute() {
        ScorecardModel m = ModelFiles.read(file);
        ModelFiles.describe(m).forEach(this::say);
        result(m);
        return 0;
    }
}
