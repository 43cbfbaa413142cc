package io.creditdesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.dataset.DatasetStatus;

import picocli.CommandLine.Command;

@Command(name = "status", description = "Show what the database holds: counts, data as-of date, schema version.")
public final class StatusCommand extends BaseCommand {

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            DatasetStatus s = ctx.datasets().status();
            say("Database:      " + ctx.database().file() + ".mv.db");
            say("Schema:        version " + s.schemaVersion());
            say("Data as of:    " + (s.asOf() == null ? "no data yet" : s.asOf()));
            say(String.format("Sellers:       %,d", s.sellers()));
            say(String.format("Order lines:   %,d", s.orderLines()));
            say(String.format("Applications:  %,d %s", s.applications(), s.applicationsByStatus()));
            say(String.format("Loans:         %,d", s.loans()));
            say(String.format("Decisions:     %,d", s.decisions()));
            say(String.format("Models:        %,d", s.models()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("database", ctx.database().file().toString());
            json.put("schema_version", s.schemaVersion());
            json.put("as_of", s.asOf() == null ? null : s.asOf().toString());
            json.put("sellers", s.sellers());
            json.put("order_lines", s.orderLines());
            json.put("applications", s.applicationsByStatus());
            json.put("loans", s.loans());
            json.put("decisions", s.decisions());
            json.put("models", s.models());
            result(json);
            return 0;
        }
    }
}
