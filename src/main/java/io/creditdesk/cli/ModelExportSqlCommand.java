package io.creditdesk.cli;

import java.nio.file.Path;
import java.util.Map;

import io.creditdesk.scoring.SqlExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export-sql", description = "Print the scorecard as SQL (a CASE per characteristic; H2 and PostgreSQL).")
public final class ModelExportSqlCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "MODEL.json")
    Path file;

    @Option(names = "--table", description = "Input table with one column per characteristic (default scoring_input)")
    String table = "scoring_input";

    @Override
    protected int execute() {
        String sql = SqlExport.export(ModelFiles.read(file), table);
        if (!common.json()) {
            say(sql);
        }
        result(Map.of("sql", sql));
        return 0;
    }
}
